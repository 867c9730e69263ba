// Accounts: email and password through better-auth, guests through its
// anonymous plugin. Sessions live in the database, so app servers stay stateless.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { anonymous } from "better-auth/plugins";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db/client";
import { databaseKind } from "../env/database-url";
import { moveGuestWork } from "../db/guest-work";
import { env } from "../env";
import { MIN_PASSWORD_LENGTH, signUpRoleSchema } from "./roles";

function createAuth() {
  const e = env();
  return betterAuth({
    secret: e.authSecret,
    baseURL: e.appUrl,
    trustedOrigins: [e.appUrl, ...e.trustedOrigins],
    telemetry: { enabled: false },
    database: prismaAdapter(db(), {
      provider: databaseKind(e.databaseUrl) === "postgres" ? "postgresql" : "sqlite",
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      // Sign-up only creates the account; the action then signs in through the
      // guess limits (lib/auth/sign-in-flow.ts). With this off, better-auth also
      // answers a sign-up for an existing email like a new one instead of
      // "already exists", so the form cannot be used to list accounts.
      autoSignIn: false,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // No signed session copy in a cookie: it could not be revoked at sign-out.
      // lib/auth/session.ts caches sessions in memory instead (dropped at sign-out).
      cookieCache: { enabled: false },
    },
    user: {
      additionalFields: {
        // Chosen on the sign-up form (learner or teacher); checked below so no other value gets in.
        // MAINTAINER is set only by `npm run user:role`.
        role: { type: "string", required: false, defaultValue: "LEARNER", input: true },
      },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const role = signUpRoleSchema.safeParse((user as { role?: unknown }).role ?? "LEARNER");
            if (!role.success) return false;
            return { data: { ...user, role: role.data } };
          },
        },
      },
    },
    advanced: {
      // httpOnly and SameSite=Lax are better-auth's defaults; say so where it matters.
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      useSecureCookies: e.appUrl.startsWith("https://"),
    },
    plugins: [
      anonymous({
        emailDomainName: "guest.sourced.invalid",
        generateName: () => "Guest",
        // A guest who signs up or signs in keeps what they did as a guest.
        onLinkAccount: async ({ anonymousUser, newUser }) => {
          await moveGuestWork(db(), anonymousUser.user.id, newUser.user.id);
        },
      }),
      // Lets server actions set the session cookie; must stay last.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { sourcedAuth?: Auth };

export function auth(): Auth {
  globalForAuth.sourcedAuth ??= createAuth();
  return globalForAuth.sourcedAuth;
}
