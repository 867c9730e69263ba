// The request boundary's pure parts: who the client is (socket and trusted
// proxies only), signed device cookies, server-action nesting, and the one rule
// for names and titles.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddressOf, trustedProxies } from "@/lib/http/client-address";
import { isSameOrigin, maxNesting } from "@/lib/http/action-guard";
import { deviceCookieName, newDeviceCookieValue, verifyDeviceCookie } from "@/lib/auth/device-cookie";
import { displayTextSchema } from "@/lib/domain/display-text";
import { parseEnv } from "@/lib/env";

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."));

describe("the client's address", () => {
  const none = trustedProxies([]);
  const proxy = trustedProxies(["10.0.0.0/8", "fd00::/8"]);

  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(ipv4, fc.array(fc.oneof(ipv4, fc.string()), { maxLength: 4 }), (socket, hops) => {
        expect(clientAddressOf(socket, hops.join(", "), none)).toBe(socket);
        expect(clientAddressOf(`::ffff:${socket}`, hops.join(", "), none)).toBe(socket);
      }),
    );
  });

  it("is the socket's when the socket is not a trusted proxy", () => {
    expect(clientAddressOf("192.0.2.7", "10.1.1.1, 198.51.100.9", proxy)).toBe("192.0.2.7");
  });

  it("through trusted proxies, is the nearest hop that is not one, read from the right", () => {
    expect(clientAddressOf("10.0.0.1", "198.51.100.9", proxy)).toBe("198.51.100.9");
    // The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
    expect(clientAddressOf("10.0.0.1", "1.2.3.4, 198.51.100.9, 10.2.2.2", proxy)).toBe("198.51.100.9");
    expect(clientAddressOf("::ffff:10.0.0.1", "fd00::5, 2001:db8::1", proxy)).toBe("2001:db8::1");
    // Junk from the left stops the walk at the last hop a trusted proxy vouched for.
    expect(clientAddressOf("10.0.0.1", "not-an-ip, 10.3.3.3", proxy)).toBe("10.3.3.3");
    expect(clientAddressOf("10.0.0.1", undefined, proxy)).toBe("10.0.0.1");
  });

  it("TRUSTED_PROXIES takes IPs and CIDR blocks, and stops with a message for anything else", () => {
    const base = { AUTH_SECRET: "x".repeat(32) };
    expect(parseEnv({ ...base, TRUSTED_PROXIES: " 10.0.0.0/8 , 192.0.2.1,fd00::/8 " }).trustedProxies).toEqual([
      "10.0.0.0/8",
      "192.0.2.1",
      "fd00::/8",
    ]);
    expect(parseEnv(base).trustedProxies).toEqual([]);
    for (const bad of ["10.0.0.0/33", "example.org", "10.0.0.1/8/1", "300.1.1.1", "10.0.0.0/-1", "::1/129"]) {
      expect(() => parseEnv({ ...base, TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe("device cookies", () => {
  const secret = "s".repeat(40);

  it("verify for the account they were issued to, and for no other account or secret", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.emailAddress(), (email, other) => {
        const value = newDeviceCookieValue(secret, email);
        expect(verifyDeviceCookie(secret, email, value)).toMatch(/^[A-Za-z0-9_-]{22}$/);
        if (other !== email) expect(verifyDeviceCookie(secret, other, value)).toBeUndefined();
        expect(verifyDeviceCookie("t".repeat(40), email, value)).toBeUndefined();
        expect(deviceCookieName(secret, email)).not.toContain(email);
      }),
      { numRuns: 50 },
    );
  });

  it("refuse any tampered or junk value without throwing", () => {
    const email = "owner@example.com";
    const value = newDeviceCookieValue(secret, email);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        expect(verifyDeviceCookie(secret, email, junk)).toBeUndefined();
      }),
    );
    expect(verifyDeviceCookie(secret, email, `${value}x`)).toBeUndefined();
    // A changed first character (a random value may already start with "A", which would change nothing).
    const other = value.startsWith("A") ? "B" : "A";
    expect(verifyDeviceCookie(secret, email, `${other}${value.slice(1)}`)).toBeUndefined();
    expect(verifyDeviceCookie(secret, email, undefined)).toBeUndefined();
  });
});

describe("server-action posts", () => {
  it("measure nesting depth in one pass, so 100,000 brackets are refused before React decodes them", () => {
    expect(maxNesting("[".repeat(100_000) + "]".repeat(100_000))).toBe(100_000);
    expect(maxNesting(JSON.stringify([{ ok: false, error: "", fieldErrors: {} }, "$K1"]))).toBe(3);
    expect(maxNesting("]]]][")).toBe(1);
  });

  it("are same-origin when Origin is absent, the request's host, or a trusted origin", () => {
    expect(isSameOrigin(null, "app.example", [])).toBe(true);
    expect(isSameOrigin("https://app.example", "app.example", [])).toBe(true);
    expect(isSameOrigin("https://evil.example", "app.example", [])).toBe(false);
    expect(isSameOrigin("https://lb.example", "app.example", ["https://lb.example"])).toBe(true);
    expect(isSameOrigin("null", "app.example", [])).toBe(false);
  });
});

describe("names and titles", () => {
  const schema = displayTextSchema({ empty: "Enter a name", max: 80, tooLong: "Too long" });

  it("accept ordinary text in any script, emoji with joiners, and Persian with ZWNJ", () => {
    for (const ok of ["Ada Lovelace", "Zoë O'Brien", "李小龙", "محمد‌رضا", "👩‍🏫 Ms Rivera", "Class 7B (2026)"]) {
      expect(schema.safeParse(ok).success, ok).toBe(true);
    }
  });

  it("refuse control and format characters, and text with nothing visible", () => {
    for (const bad of [
      "Ada\u0000",
      "Ada\u202Egpj.exe",
      "\u200B\u200B",
      "\u200D",
      "Ada\nLovelace",
      "\u2028",
      "A\uFEFFda",
      "   ",
      "\u2066x\u2069",
    ]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom("\u0000", "\u202E", "\u202D", "\u200E", "\u2066", "\u0007", "\u00AD"),
        fc.string(),
        (a, bad, b) => {
          expect(schema.safeParse(`${a}${bad}${b}x`).success).toBe(false);
        },
      ),
    );
  });
});
