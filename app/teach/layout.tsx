import type { Metadata } from "next";
import { teacherOrRedirect } from "./guard";
import { TeachNav } from "./teach-nav";

export const metadata: Metadata = { title: { default: "Teach", template: "%s · Teach · Sourced" } };

export default async function TeachLayout({ children }: { children: React.ReactNode }) {
  await teacherOrRedirect("/teach");
  return (
    <div>
      <TeachNav />
      {children}
    </div>
  );
}
