// Metadata for the five seed articles, checked by hand against each text.
// Dates come from what the articles report, not from headers alone: each
// dateNote says why. Outlets only where the text names one.
import type { ImportMeta } from "../content/from-text";

export type SeedImport = { file: string; meta: ImportMeta };

export const SEED_IMPORTS: SeedImport[] = [
  {
    file: "000_f69708c9ff08d684.txt",
    meta: {
      slug: "putin-erdogan-to-meet-sochi-idlib-rferl-2018",
      title: "Presidents of Russia and Turkey set to meet on September 17 for talks on Idlib",
      outlet: "RFE/RL",
      publishedOn: "2018-09-17",
      dateNote:
        "The header reads 'Mon, 24 Jun 2019', but the content was written in September 2018: the presidents 'are set to meet on September 17', 10 days after the Tehran summit; Lavrov spoke 'in Berlin on September 14'; Peskov said 'Today, the conversation will be continued' ahead of the Sochi meeting; and the notice reads 'Copyright (c) 2018. RFE/RL'. So it was written on 17 September 2018, the day of the talks, before they ended. The 2019 header is probably a republication date.",
      seedFile: "000_f69708c9ff08d684.txt",
      notes: [
        "the text has no headline; the title was written from the words of its first paragraph",
        "publishedOn is 2018-09-17 from the content, not the dropped 2019 header date (see dateNote)",
      ],
    },
  },
  {
    file: "001_39140f2926074713.txt",
    meta: {
      slug: "putin-erdogan-sochi-talks-idlib-bss-2018",
      outlet: "Bangladesh Sangbad Sangstha (BSS)",
      publishedOn: "2018-09-17",
      dateNote:
        "The text has no date. It reports that Putin and Erdogan 'met Monday' in Sochi, quoting them at 'the start of the talks', after they 'met previously on September 7 in Tehran', in the 'seven-year conflict' that 'erupted in 2011'. That Monday is 17 September 2018 (the date 000 gives for the meeting and the header date of 003, which carries the same report), so it was written that day. The outlet comes from the credit line 'Source: Bangladesh Sangbad Sangstha (BSS)'.",
      seedFile: "001_39140f2926074713.txt",
      notes: [
        "the delivered text has lost the quotation marks around quoted speech (e.g. 'We have a lot of issues to discuss'); they were not restored",
      ],
    },
  },
  {
    file: "002_0e6b054be428f1c5.txt",
    meta: {
      slug: "putin-erdogan-moscow-meeting-idlib-tass-2020",
      outlet: "TASS",
      publishedOn: "2020-03-04",
      dateNote:
        "The dateline 'MOSCOW, March 4. /TASS/.' has no year. The content places it in 2020: tensions escalated 'on February 27', '36 Turkish soldiers' were killed, Ankara launched 'Operation Spring Shield', the talks may revise 'the previous Sochi memorandum', and 'last year Putin spoke with Erdogan over the phone 12 times'. 4 March 2020 was a Wednesday, matching Peskov who 'told reporters on Wednesday' about the meeting 'on Thursday'.",
      seedFile: "002_0e6b054be428f1c5.txt",
      notes: [
        "p1 is the standfirst: it repeats the start of p5 and stops mid-sentence; kept as delivered",
        "publishedOn 2020-03-04 combines the dateline's 'March 4' with the year the content implies (see dateNote)",
      ],
    },
  },
  {
    file: "003_c34a645ecb9f0efb.txt",
    meta: {
      slug: "putin-erdogan-to-hold-talks-idlib-2018",
      publishedOn: "2018-09-17",
      dateNote:
        "From the header date 2018-09-17. That day was a Monday, consistent with Putin being 'set to meet' Erdogan 'on Monday' and Peskov speaking 'on Monday ahead of the talks'.",
      seedFile: "003_c34a645ecb9f0efb.txt",
    },
  },
  {
    file: "004_de547923812ac6d7.txt",
    meta: {
      slug: "putin-erdogan-agree-idlib-plan-2018",
      publishedOn: "2018-09-17",
      dateNote:
        "The text has no date. It reports the outcome of the Sochi talks that followed the Tehran summit of 'September 7', with reinforcements sent 'Sunday' and Lavrov speaking 'Friday', in the 'seven-year conflict' that 'erupted in 2011': the talks of Monday 17 September 2018 (dated by 000 and 003). It was written that day, after the talks ended.",
      seedFile: "004_de547923812ac6d7.txt",
    },
  },
];
