import type { Flaw } from "@/lib/questions/lint";
import { Badge } from "@/app/_components/badge";

const TONE = { serious: "alert", moderate: "caution", minor: "muted" } as const;

/** What the item-writing lint found in one bank question: severity, code and why. */
export function FlawList({ flaws }: { flaws: readonly Flaw[] | undefined }) {
  if (!flaws || flaws.length === 0) return null;
  return (
    <ul aria-label="Item-writing flaws" className="flex flex-col gap-1 text-sm">
      {flaws.map((f, i) => (
        <li key={`${f.code}-${i}`} className="min-w-0 break-words">
          <Badge tone={TONE[f.severity]}>{f.severity}</Badge> <span className="font-mono text-xs">{f.code}</span>:{" "}
          {f.message}
        </li>
      ))}
    </ul>
  );
}
