import { describe, expect, it } from "vitest";
import { articleCoverage, describeCoverage } from "@/lib/teach";

const article = { slug: "truce-report", passages: [{ id: "p1" }, { id: "p2" }, { id: "p3" }] };
const at = (passage: string, slug = "truce-report") => ({ article: slug, passage });

describe("article coverage: which passages reviewed questions quote", () => {
  it("counts each reviewed question once per passage it quotes, and facts still to review", () => {
    const coverage = articleCoverage(
      article,
      [
        { id: "q1", evidence: [at("p1"), at("p1")] },
        { id: "q2", evidence: [at("p1"), at("p3")] },
        // Another article's passage p2 is not this one's.
        { id: "q3", evidence: [at("p2", "other-report")] },
      ],
      [
        { status: "proposed", evidence: [at("p2")] },
        { status: "rejected", evidence: [at("p2")] },
        { status: "reviewed", evidence: [at("p3")] },
      ],
    );
    expect(coverage).toEqual({
      passages: [
        { passage: "p1", questions: 2, toReview: 0 },
        { passage: "p2", questions: 0, toReview: 1 },
        { passage: "p3", questions: 1, toReview: 0 },
      ],
      covered: 2,
    });
  });

  it("says the count in words, so nothing rests on colour", () => {
    expect(describeCoverage({ passage: "p1", questions: 1, toReview: 0 })).toBe("1 reviewed question");
    expect(describeCoverage({ passage: "p2", questions: 0, toReview: 2 })).toBe(
      "no reviewed questions yet, 2 facts to review",
    );
    expect(describeCoverage({ passage: "p3", questions: 3, toReview: 1 })).toBe(
      "3 reviewed questions, 1 fact to review",
    );
  });
});
