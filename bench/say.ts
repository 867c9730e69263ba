// Progress lines on the console, one prefix per database.
import type { LoadStats } from "./load";

export type DatabaseKind = "sqlite" | "postgres";

export const say = (kind: DatabaseKind, message: string) => console.log(`[${kind}] ${message}`);
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const summary = (s: LoadStats) =>
  `${s.requestsPerSecond.toFixed(0)} req/s, p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, ${s.non2xx} non-2xx, ${s.errors + s.timeouts} errors`;
