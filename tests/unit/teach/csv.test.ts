import { describe, expect, it } from "vitest";
import { assignmentResultsCsv, buildAssignmentReport, csvField, safeFileName, toCsv } from "@/lib/teach";

describe("CSV escaping (RFC 4180)", () => {
  it("leaves plain text alone and quotes fields with commas, quotes or line breaks", () => {
    expect(csvField("Ada Learner")).toBe("Ada Learner");
    expect(csvField("Rivera, Ms")).toBe('"Rivera, Ms"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
  });

  it("writes numbers, booleans and missing values plainly", () => {
    expect(csvField(-0.5)).toBe("-0.5");
    expect(csvField(true)).toBe("yes");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        [1, "x,y"],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it("makes safe file names", () => {
    expect(safeFileName("Sochi deal: quiz #1 (Year 11)")).toBe("sochi-deal-quiz-1-year-11");
    expect(safeFileName("???")).toBe("export");
  });
});

describe("assignment results CSV", () => {
  it("has a row per learner with their score, lateness and each question's score", () => {
    const due = new Date("2026-03-01T12:00:00Z");
    const report = buildAssignmentReport({
      learners: [
        { id: "ada", name: "Ada, Learner", email: "ada@example.com" },
        { id: "ben", name: "Ben", email: "ben@example.com" },
      ],
      attempts: [
        {
          id: "t1",
          userId: "ada",
          questionIds: ["q1", "q2"],
          startedAt: new Date("2026-03-01T13:00:00Z"),
          finishedAt: new Date("2026-03-01T13:05:00Z"),
          responses: [
            {
              questionId: "q1",
              correct: true,
              score: 1,
              answerText: "Russia",
              answeredAt: new Date("2026-03-01T13:01:00Z"),
            },
          ],
        },
      ],
      questions: [
        { id: "q1", evidence: [] },
        { id: "q2", evidence: [] },
      ],
      dueAt: due,
      timeLimitMinutes: null,
      now: new Date("2026-03-02T00:00:00Z"),
    });
    const csv = assignmentResultsCsv(report, [
      { id: "q1", prompt: "Who backs Assad?" },
      { id: "q2", prompt: "When, exactly?" },
    ]);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      'Learner,Email,Status,Attempts used,Submitted (UTC),Late,Over time limit,Score (%),Right,Q1: Who backs Assad?,"Q2: When, exactly?"',
    );
    expect(lines[1]).toBe('"Ada, Learner",ada@example.com,submitted,1,2026-03-01T13:05:00.000Z,yes,no,50,1,1,0');
    expect(lines[2]).toBe("Ben,ben@example.com,not-started,0,,yes,no,,,,");
  });
});
