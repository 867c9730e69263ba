"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/session";

/** Ends the session and returns to the home page. */
export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect("/");
}
