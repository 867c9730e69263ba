import { z } from "zod";
import { describe, expect, it } from "vitest";
import { jsonColumn, StoredDataError } from "@/lib/domain/json-column";

const ids = jsonColumn("Attempt.questionIds", z.array(z.string()));
const config = jsonColumn("Attempt.config", z.record(z.string(), z.unknown()), { fallback: {} });

describe("JSON columns", () => {
  it("read back what they wrote", () => {
    expect(ids.decode(ids.encode(["q1", "q2"]))).toEqual(["q1", "q2"]);
  });

  it("throw, naming the column and row, on a stored value that fails the schema or is not JSON", () => {
    expect(() => ids.decode('[1, "q2"]', "a1")).toThrow(StoredDataError);
    expect(() => ids.decode("not json", "a1")).toThrow("Attempt.questionIds of a1");
  });

  it("use their declared fallback instead, when they have one", () => {
    expect(config.decode("[]")).toEqual({});
    expect(config.decode("{")).toEqual({});
  });
});
