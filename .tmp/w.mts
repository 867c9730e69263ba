import { whenDid, deadlineQuestion, partyQuestion, isOneOffEvent } from "../lib/questions/wording";
for (const s of [
  "Putin and Erdogan agreed a plan for Idlib in Sochi",
  "Turkey launched Operation Spring Shield against the Syrian government forces",
  "the Syrian war began with the Assad regime's crackdown on pro-democracy protests",
  "Putin and Erdogan openly disagreed at the Tehran summit over how to deal with Idlib",
  "Turkish tanks and other hardware were sent over the border to Idlib",
])
  console.log(isOneOffEvent(s), whenDid(s));
for (const r of [
  "create a 15-20 kilometre-wide demilitarised zone along the line",
  "no military action against Idlib",
  "restore the transportation routes Latakia–Aleppo and Latakia–Hama",
  "secure the demilitarised zone with mobile patrol groups",
  "withdrawal of all radical fighters from Idlib, including the Al-Nusra Front",
  "withdrawal of heavy weaponry (tanks) of all armed groups from the zone",
])
  console.log(
    deadlineQuestion("Under the Sochi agreement", r),
    "|",
    partyQuestion("Under the Sochi agreement", r, "which country"),
  );
