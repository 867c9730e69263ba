// The environment, parsed once with zod: a bad value stops the app with a clear message.
import { z } from "zod";
import { databaseKind, databaseUrl } from "./database-url";
import { readOrCreateLocalSecret } from "./local-secret";
import { proxyEntrySchema } from "./proxy-entry";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => databaseUrl({ DATABASE_URL: v }))
    .refine(
      (url) => {
        try {
          databaseKind(url);
          return true;
        } catch {
          return false;
        }
      },
      { message: "must start with file: (SQLite) or postgres:// (PostgreSQL)" },
    ),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The public origin of the app; sign-in forms posted from elsewhere are refused. */
  APP_URL: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL, like http://localhost:3000" })
    .optional(),
  /** Extra origins allowed to post forms, comma-separated (behind a load balancer). */
  TRUSTED_ORIGINS: z.string().optional(),
  /**
   * The reverse proxies (load balancer, school gateway) whose X-Forwarded-For is
   * believed, comma-separated IPs or CIDR blocks. Unset: nobody's; the socket's
   * address is the client's.
   */
  TRUSTED_PROXIES: z
    .string()
    .max(4000)
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(proxyEntrySchema).max(100)),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  authSecret: string;
  port: number;
  appUrl: string;
  trustedOrigins: string[];
  trustedProxies: string[];
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = result.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    // Local use gets a generated secret kept beside the database; deployments set AUTH_SECRET.
    authSecret: e.AUTH_SECRET ?? readOrCreateLocalSecret(".data/auth-secret"),
    port: e.PORT,
    appUrl: e.APP_URL ?? `http://localhost:${e.PORT}`,
    trustedOrigins: (e.TRUSTED_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    trustedProxies: e.TRUSTED_PROXIES,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
