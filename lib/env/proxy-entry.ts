// One entry of TRUSTED_PROXIES: parsed here, where the environment is read, and used by lib/http to decide
// how far X-Forwarded-For is believed.
import { isIP } from "node:net";
import { z } from "zod";

/** An IPv4 or IPv6 address, or a CIDR block of either ("10.0.0.0/8", "fd00::/8"). */
export const proxyEntrySchema = z
  .string()
  .trim()
  .refine((entry) => parseProxyEntry(entry) !== undefined, {
    message: "must be an IP address or a CIDR block, like 10.0.0.0/8",
  });

export type ProxyEntry = { address: string; family: "ipv4" | "ipv6"; prefix: number };

export function parseProxyEntry(entry: string): ProxyEntry | undefined {
  const [address = "", prefixText, ...rest] = entry.split("/");
  if (rest.length > 0) return undefined;
  const version = isIP(address);
  if (version === 0) return undefined;
  const max = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return undefined;
  return { address, family: version === 4 ? "ipv4" : "ipv6", prefix };
}
