import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { joinOrigin, joinUrl } from "@/lib/teach";

/** The join link on the origin this request came in by (see lib/teach/join-link). */
export async function requestJoinUrl(code: string): Promise<string> {
  const h = await headers();
  const origin = joinOrigin(
    { host: h.get("host"), forwardedHost: h.get("x-forwarded-host"), forwardedProto: h.get("x-forwarded-proto") },
    env().appUrl,
  );
  return joinUrl(origin, code);
}
