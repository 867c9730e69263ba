import { describe, expect, it } from "vitest";
import { joinOrigin, joinUrl, qrModules, qrPath } from "@/lib/teach";

describe("the join link's origin", () => {
  const configured = "http://localhost:3000";

  it("is the host the teacher reached the app by, not the configured localhost", () => {
    expect(joinOrigin({ host: "192.168.1.20:3000" }, configured)).toBe("http://192.168.1.20:3000");
    expect(joinUrl(joinOrigin({ host: "quiz.school.example" }, configured), "ABC234")).toBe(
      "http://quiz.school.example/join/ABC234",
    );
  });

  it("follows a proxy's forwarded host and scheme", () => {
    expect(
      joinOrigin({ host: "127.0.0.1:3000", forwardedHost: "quiz.school.example", forwardedProto: "https" }, configured),
    ).toBe("https://quiz.school.example");
  });

  it("prefers a public APP_URL to a loopback request (a proxy that does not forward the host)", () => {
    expect(joinOrigin({ host: "localhost:3000" }, "https://quiz.school.example/")).toBe("https://quiz.school.example");
    expect(joinOrigin({ host: "localhost:3000" }, configured)).toBe("http://localhost:3000");
  });

  it("ignores a host header that is not a host, and falls back to the configured origin", () => {
    expect(joinOrigin({ host: "evil.example/path?x=" }, "https://quiz.school.example")).toBe(
      "https://quiz.school.example",
    );
    expect(joinOrigin({}, configured)).toBe("http://localhost:3000");
  });
});

describe("the join QR code", () => {
  it("is a square symbol with the three finder patterns in its corners", () => {
    const m = qrModules("http://192.168.1.20:3000/join/ABC234");
    const n = m.length;
    expect(n).toBeGreaterThanOrEqual(21);
    expect((n - 17) % 4).toBe(0);
    for (const row of m) expect(row).toHaveLength(n);
    // A finder pattern: a dark 7x7 ring, a light ring, a dark 3x3 centre.
    const finder = (r0: number, c0: number) =>
      [0, 1, 2, 3, 4, 5, 6].map((r) => [0, 1, 2, 3, 4, 5, 6].map((c) => m[r0 + r]?.[c0 + c]));
    const expected = [0, 1, 2, 3, 4, 5, 6].map((r) =>
      [0, 1, 2, 3, 4, 5, 6].map(
        (c) => r === 0 || r === 6 || c === 0 || c === 6 || (r >= 2 && r <= 4 && c >= 2 && c <= 4),
      ),
    );
    expect(finder(0, 0)).toEqual(expected);
    expect(finder(0, n - 7)).toEqual(expected);
    expect(finder(n - 7, 0)).toEqual(expected);
  });

  it("draws each run of dark modules as one rectangle", () => {
    expect(qrPath([[true, true, false, true]])).toBe("M0 0h2v1h-2zM3 0h1v1h-1z");
    expect(qrPath([[false]])).toBe("");
  });
});
