// Who is on the other end of a request. The socket's address is the truth;
// X-Forwarded-For is believed only as far as it was written by proxies the
// deployment named in TRUSTED_PROXIES. Anyone can send the header, so an
// untrusted client's copy changes nothing.
import { BlockList, isIP } from "node:net";
import { parseProxyEntry as parseEntry } from "../env/proxy-entry";

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is the IPv4 address 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}

export type TrustedProxies = { has(address: string): boolean; empty: boolean };

export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = parseEntry(raw.trim());
    if (!entry) throw new Error(`not an IP address or CIDR block: ${raw}`);
    list.addSubnet(entry.address, entry.prefix, entry.family);
  }
  return {
    empty: entries.length === 0,
    has(address) {
      const a = normalizeAddress(address);
      const version = isIP(a);
      return version !== 0 && list.check(a, version === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy;
 * then the nearest X-Forwarded-For hop that is not itself a trusted proxy
 * (read right to left, since a client can write anything on the left).
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = normalizeAddress(socketAddress ?? "") || "unknown";
  if (!trusted.has(client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((h) => normalizeAddress(h.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? "";
    // A hop that is not an address was written by someone we cannot vouch for: stop at the last good one.
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!trusted.has(hop)) return hop;
  }
  return client;
}

/** The header the app's server sets on every request (overwriting any sent) with the address above. */
export const CLIENT_ADDRESS_HEADER = "x-sourced-client-address";
