import Link from "next/link";
import type { ReactNode } from "react";
import { cardClass, linkClass } from "./styles";

/** What a teacher opens from a list (classes, question sets): cards two to a line, each titled by its link. */
export function LinkCardGrid({ className, children }: { className?: string; children: ReactNode }) {
  return <ul className={`grid gap-3 sm:grid-cols-2${className ? ` ${className}` : ""}`}>{children}</ul>;
}

export function LinkCard({ href, title, children }: { href: string; title: ReactNode; children?: ReactNode }) {
  return (
    <li className={cardClass}>
      <Link href={href} className={`text-lg ${linkClass}`}>
        {title}
      </Link>
      {children}
    </li>
  );
}
