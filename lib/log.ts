// Structured logs (JSON lines on stdout), one logger for the app and the CLIs.
import pino from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "sourced" },
  redact: { paths: ["password", "*.password", "headers.cookie", "*.headers.cookie"], remove: true },
});
