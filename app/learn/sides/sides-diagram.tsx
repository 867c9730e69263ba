import type { BackerGroup, Side, SideMember } from "@/lib/aids";

/** One colour per side, cycling; full class names so Tailwind finds them. */
const PALETTES = [
  {
    frame: "border-brand-600 dark:border-brand-100",
    principal: "bg-brand-700 text-white dark:bg-brand-100 dark:text-slate-950",
  },
  {
    frame: "border-amber-600 dark:border-amber-400",
    principal: "bg-amber-700 text-white dark:bg-amber-300 dark:text-slate-950",
  },
  {
    frame: "border-emerald-600 dark:border-emerald-400",
    principal: "bg-emerald-700 text-white dark:bg-emerald-300 dark:text-slate-950",
  },
  {
    frame: "border-rose-600 dark:border-rose-400",
    principal: "bg-rose-700 text-white dark:bg-rose-300 dark:text-slate-950",
  },
] as const;
type Palette = (typeof PALETTES)[number];

function Chip({ member, strong, palette }: { member: SideMember; strong: boolean; palette: Palette }) {
  const look = strong
    ? `${palette.principal} border-transparent`
    : "border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900";
  return (
    <span className={`rounded-md border-2 px-2 py-1 text-sm font-semibold break-words ${look}`}>{member.name}</span>
  );
}

/** Backers on top, an arrow labelled with the articles' phrasings, what they back below. */
function GroupBlock({
  group,
  principalIds,
  palette,
}: {
  group: BackerGroup;
  principalIds: Set<string>;
  palette: Palette;
}) {
  // Each distinct phrasing once, linked to the first link that uses it in the list below.
  const phrasings = [...new Map(group.edges.map((e) => [e.phrasing, e.factId])).entries()];
  return (
    <div className="flex flex-col items-center gap-1 text-center">
      <div className="flex flex-wrap justify-center gap-2">
        {group.backers.map((b) => (
          <Chip key={b.id} member={b} strong={false} palette={palette} />
        ))}
      </div>
      <div className="h-3 w-0.5 bg-slate-500 dark:bg-slate-400" />
      <ul className="flex max-w-full flex-col gap-0.5 text-xs">
        {phrasings.map(([phrasing, factId]) => (
          <li key={phrasing}>
            {/* Out of the tab order: keyboard and screen-reader users get the same links in the list below. */}
            <a
              href={`#edge-${factId}`}
              tabIndex={-1}
              className="italic break-words text-slate-700 underline underline-offset-2 dark:text-slate-300"
            >
              “{phrasing}”
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-col items-center">
        <div className="h-3 w-0.5 bg-slate-500 dark:bg-slate-400" />
        <div className="h-0 w-0 border-x-[7px] border-t-[9px] border-x-transparent border-t-slate-500 dark:border-t-slate-400" />
      </div>
      <div className="flex flex-wrap justify-center gap-2">
        {group.backs.map((b) => (
          <Chip key={b.id} member={b} strong={principalIds.has(b.id)} palette={palette} />
        ))}
      </div>
    </div>
  );
}

/**
 * The picture of who backs whom, one panel per side, stacked on narrow screens.
 * Hidden from assistive technology: the list after it says the same, with sources.
 */
export function SidesDiagram({ sides }: { sides: readonly Side[] }) {
  return (
    <div aria-hidden="true" className="grid gap-4 md:grid-cols-2">
      {sides.map((side, i) => {
        const palette = PALETTES[i % PALETTES.length] ?? PALETTES[0];
        const principalIds = new Set(side.principals.map((p) => p.id));
        return (
          <div key={side.id} className={`flex min-w-0 flex-col gap-5 rounded-xl border-2 p-4 ${palette.frame}`}>
            <p className="text-center text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
              Side {i + 1}
            </p>
            {side.groups.map((g) => (
              <GroupBlock
                key={g.backers.map((b) => b.id).join("+")}
                group={g}
                principalIds={principalIds}
                palette={palette}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
