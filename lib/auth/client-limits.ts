// Limits per client address for things anyone may do without an account:
// start a guest session, report a question, create an account.
import "server-only";
import { headers } from "next/headers";
import { db } from "../db/client";
import { reserve, type Tiers } from "../db/rate-limit";
import { DomainError } from "../domain/errors";
import {
  clientAddress,
  GUESTS_PER_ADDRESS,
  REPORTS_PER_ADDRESS,
  retryMessage,
  SIGN_UPS_PER_ADDRESS,
} from "./sign-in-limits";

const LIMITS: Record<"guest" | "report" | "sign-up", { tiers: Tiers; message: string }> = {
  guest: { tiers: GUESTS_PER_ADDRESS, message: "Too many guest sessions were started from your network. Sign in, or" },
  report: { tiers: REPORTS_PER_ADDRESS, message: "Too many reports were sent from your network." },
  "sign-up": { tiers: SIGN_UPS_PER_ADDRESS, message: "Too many accounts were created from your network." },
};

/** Counts one `kind` for the requesting client, refusing with a DomainError (nothing written) when over the limit. */
export async function limitPerClient(kind: keyof typeof LIMITS): Promise<void> {
  const { tiers, message } = LIMITS[kind];
  const reservation = await reserve(db(), `${kind}:address:${clientAddress(await headers())}`, tiers, new Date());
  if (!reservation.allowed) {
    const text = retryMessage(message, reservation.retryAfterMs);
    throw new DomainError(kind === "guest" ? text.replace("or Try", "or try") : text);
  }
}
