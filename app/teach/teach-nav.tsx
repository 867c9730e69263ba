"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/teach/classes", label: "Classes" },
  { href: "/teach/sets", label: "Question sets" },
  { href: "/teach/assignments", label: "Assignments" },
  { href: "/teach/reports", label: "Reports" },
  { href: "/teach/articles", label: "Articles" },
];

/** The teaching area's sub-navigation; the current section is marked for screen readers too. */
export function TeachNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Teaching" className="mb-6 border-b border-slate-200 pb-3 dark:border-slate-800">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
        <li>
          <Link
            href="/teach"
            aria-current={pathname === "/teach" ? "page" : undefined}
            className="block rounded-md px-2 py-1 font-semibold hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white dark:hover:bg-slate-800"
          >
            Overview
          </Link>
        </li>
        {LINKS.map((l) => {
          const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? "page" : undefined}
                className="block rounded-md px-2 py-1 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white dark:hover:bg-slate-800"
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
