// Question ids are opaque: a learner who reads the page, a report form or an
// export's file names learns nothing about the kind, the slot or the key from
// them. Each id is a digest of an internal key that itself names no answer (a
// true/false item is keyed by its statement, never by its truth value), so the
// same item gets the same id on every regeneration.
import { hashString } from "./random";

/** Every question id has this shape. */
export const QUESTION_ID_PATTERN = /^q_[a-z0-9]+$/;

/** Seeds for the independent 32-bit digests that make up an id (about 96 bits in all). */
const LANES = ["sourced:a", "sourced:b", "sourced:c"] as const;

/** A pure digest (no node:crypto: question modules also run in the browser bundle). */
export function opaqueId(internalKey: string): string {
  return `q_${LANES.map((lane) => hashString(`${lane}|${internalKey}`).toString(36).padStart(7, "0")).join("")}`;
}
