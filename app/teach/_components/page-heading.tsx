import Link from "next/link";
import type { ReactNode } from "react";
import { linkClass } from "./styles";

/**
 * The top of a teacher's page: the page it sits under (a link up), its h1 with the page's main action beside it,
 * and what follows the title (a line about it, its links).
 */
export function PageHeading({
  title,
  up,
  action,
  titleClassName = "text-2xl font-bold",
  children,
}: {
  title: ReactNode;
  up?: { href: string; label: ReactNode };
  action?: ReactNode;
  titleClassName?: string;
  children?: ReactNode;
}) {
  const h1 = <h1 className={titleClassName}>{title}</h1>;
  return (
    <div>
      {up ? (
        <p className="text-sm">
          <Link href={up.href} className={linkClass}>
            {up.label}
          </Link>
        </p>
      ) : null}
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {h1}
          {action}
        </div>
      ) : (
        h1
      )}
      {children}
    </div>
  );
}
