import type { ReactNode } from "react";

const HEADING = { 2: "text-xl font-semibold", 3: "text-lg font-semibold" } as const;

/**
 * A titled part of a page: a region named by its heading, so a screen reader can list the page's parts and jump to
 * one. `id` is the heading's (links such as `#roster-heading` land on it); `level` is 2 under the page's h1, 3 inside
 * another section.
 */
export function Section({
  id,
  title,
  level = 2,
  className,
  headingClassName,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: keyof typeof HEADING;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id} className={headingClassName ?? HEADING[level]}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
