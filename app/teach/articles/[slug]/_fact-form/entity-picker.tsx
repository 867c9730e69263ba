"use client";
import { useState } from "react";
import { inputClass } from "../../../_components/styles";

export type PickerEntity = { name: string; type: string; aliases: string[] };

const ENTITY_TYPES = ["country", "person", "place", "group", "organization", "agreement", "venue"] as const;

function normal(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The entities a typed name picks, as the server will (name, then alias). */
export function matchesFor(entities: readonly PickerEntity[], typed: string): PickerEntity[] {
  const n = normal(typed);
  if (!n) return [];
  const byName = entities.filter((e) => normal(e.name) === n);
  return byName.length ? byName : entities.filter((e) => e.aliases.some((a) => normal(a) === n));
}

type Props = {
  /** The form field: "backer", "participants.0", ... */
  name: string;
  label: string;
  defaultValue: string;
  errors: string[];
  listId: string;
  entities: readonly PickerEntity[];
};

/**
 * An entity by name: the browser's own suggestion list searches the known entities
 * as the teacher types (keyboard and screen readers included); a name nobody has
 * used yet asks what kind of thing it is, and the server creates it.
 */
export function EntityPicker({ name, label, defaultValue, errors, listId, entities }: Props) {
  const [value, setValue] = useState(defaultValue);
  const matches = matchesFor(entities, value);
  const isNew = value.trim() !== "" && matches.length === 0;
  const statusId = `${name}-match`;
  const errorId = `${name}-error`;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        list={listId}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={[statusId, errors.length ? errorId : ""].filter(Boolean).join(" ")}
        className={inputClass}
      />
      <p id={statusId} aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
        {value.trim() === ""
          ? "Type to search the entities by name."
          : matches.length === 1 && matches[0]
            ? `Known ${matches[0].type}: ${matches[0].name}.`
            : matches.length > 1
              ? `${matches.length} entities have this name; use a longer one.`
              : `No entity is called “${value.trim()}” yet: it will be created.`}
      </p>
      {isNew ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${name}.newType`} className="text-sm font-medium">
            What kind of thing is “{value.trim()}”?
          </label>
          <select id={`${name}.newType`} name={`${name}.newType`} defaultValue="" className={inputClass}>
            <option value="" disabled>
              Choose a type
            </option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
