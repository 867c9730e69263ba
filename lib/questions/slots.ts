// The values a question's slot can hold, shown as text and read back from text,
// so a choice on screen can be checked against the fact base.
import { entityIdSchema, factDateSchema, type FactDate } from "../facts/schema";
import { formatDate, parseDateText, typedToFactDate } from "./dates";
import type { EntityIndex } from "./entities";
import { formatQuantity, parseQuantityText } from "./quantities";
import { claimQuantitySchema, type Claim, type ClaimQuantity, type Slot } from "./schema";
import { capitalize } from "./text";

export type SlotValue =
  | { type: "entity"; id: string }
  | { type: "text"; text: string }
  | { type: "date"; date: FactDate }
  | { type: "quantity"; quantity: ClaimQuantity };
export type SlotType = SlotValue["type"];

export const SLOT_TYPES: Record<Slot, SlotType> = {
  backer: "entity",
  backed: "entity",
  participants: "entity",
  place: "entity",
  date: "date",
  person: "entity",
  office: "text",
  quantity: "quantity",
  what: "text",
  requires: "text",
  deadline: "date",
  party: "entity",
};

export const entityValue = (id: string): SlotValue => ({ type: "entity", id });
export const textValue = (text: string): SlotValue => ({ type: "text", text });
export const dateValue = (date: FactDate): SlotValue => ({ type: "date", date });
export const quantityValue = (quantity: ClaimQuantity): SlotValue => ({ type: "quantity", quantity });

/**
 * The claim with this value in the slot; undefined when the slot is not one of the
 * claim's fields or the value is of another type. Written out by hand: it runs for
 * every candidate distractor, so no schema parse here.
 */
export function fillSlot(claim: Claim, slot: Slot, value: SlotValue): Claim | undefined {
  if (SLOT_TYPES[slot] !== value.type) return undefined;
  const id = value.type === "entity" ? value.id : undefined;
  const text = value.type === "text" ? value.text : undefined;
  const date = value.type === "date" ? value.date : undefined;
  const quantity = value.type === "quantity" ? value.quantity : undefined;
  switch (claim.type) {
    case "backs":
      if (id !== undefined && slot === "backer") return { ...claim, backer: id };
      if (id !== undefined && slot === "backed") return { ...claim, backed: id };
      return undefined;
    case "meeting":
      if (id !== undefined && slot === "participants") return { ...claim, participants: [id] };
      if (id !== undefined && slot === "place") return { ...claim, place: id };
      if (date !== undefined && slot === "date") return { ...claim, date };
      return undefined;
    case "office":
      if (id !== undefined && slot === "person") return { ...claim, person: id };
      if (text !== undefined && slot === "office") return { ...claim, office: text };
      return undefined;
    case "figure":
      return quantity !== undefined && slot === "quantity" ? { ...claim, quantity } : undefined;
    case "event":
      if (text !== undefined && slot === "what") return { ...claim, what: text };
      if (date !== undefined && slot === "date") return { ...claim, date };
      return undefined;
    case "deal":
      if (text !== undefined && slot === "requires") return { ...claim, requires: text };
      if (date !== undefined && slot === "deadline") return { ...claim, deadline: date };
      if (id !== undefined && slot === "party") return { ...claim, party: id };
      if (quantity !== undefined && slot === "quantity") return { ...claim, quantity };
      return undefined;
  }
}

/** What the claim holds in the slot (the first participant, for participants). */
export function slotValue(claim: Claim, slot: Slot): SlotValue | undefined {
  const raw: unknown = (claim as Record<string, unknown>)[slot];
  const type = SLOT_TYPES[slot];
  if (type === "entity") {
    const id = entityIdSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
    return id.success ? entityValue(id.data) : undefined;
  }
  if (type === "text") return typeof raw === "string" ? textValue(raw) : undefined;
  if (type === "date") {
    const date = factDateSchema.safeParse(raw);
    return date.success ? dateValue(date.data) : undefined;
  }
  const quantity = claimQuantitySchema.safeParse(raw);
  return quantity.success ? quantityValue(quantity.data) : undefined;
}

export function valueKey(value: SlotValue): string {
  switch (value.type) {
    case "entity":
      return `e:${value.id}`;
    case "text":
      return `t:${value.text}`;
    case "date":
      return `d:${value.date.on}:${value.date.precision}`;
    case "quantity":
      return `q:${value.quantity.min}-${value.quantity.max}`;
  }
}

/** `quantityQualifier: false` where the stem carries the bound ("more than how many …?"). */
export type ShowOptions = { quantityUnit?: boolean; quantityQualifier?: boolean };

/** How a value reads as a choice. */
export function showValue(entities: EntityIndex, value: SlotValue, options: ShowOptions = {}): string {
  switch (value.type) {
    case "entity":
      return entities.name(value.id);
    case "text":
      return capitalize(value.text);
    case "date":
      return formatDate(value.date);
    case "quantity":
      return formatQuantity(value.quantity, {
        unit: options.quantityUnit ?? true,
        qualifier: options.quantityQualifier ?? true,
      });
  }
}

/**
 * Reads a choice back as a value for the slot, so checks judge what the learner
 * sees. A quantity without a unit or qualifier takes them from the claim.
 */
export function readValue(entities: EntityIndex, claim: Claim, slot: Slot, text: string): SlotValue | undefined {
  switch (SLOT_TYPES[slot]) {
    case "entity": {
      const id = entities.resolve(text);
      return id === undefined ? undefined : entityValue(id);
    }
    case "text":
      return textValue(text);
    case "date": {
      const typed = parseDateText(text);
      const date = typed && typedToFactDate(typed);
      return date ? dateValue(date) : undefined;
    }
    case "quantity": {
      const typed = parseQuantityText(text);
      if (!typed) return undefined;
      const current = slotValue(claim, slot);
      const base = current?.type === "quantity" ? current.quantity : undefined;
      return quantityValue({
        min: typed.min,
        max: typed.max,
        qualifier: typed.qualifier ?? base?.qualifier ?? "exact",
        unit: typed.unit ?? base?.unit ?? "unit",
      });
    }
  }
}
