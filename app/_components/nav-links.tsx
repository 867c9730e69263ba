"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The main links, marking the current section for screen readers and the eye. */
export function NavLinks({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {links.map((l) => {
        const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current ? "page" : undefined}
              className="rounded px-1 py-1 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
