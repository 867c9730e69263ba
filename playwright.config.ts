import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets several checkouts or helpers run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  // One server, one SQLite file: run files one after another to keep it simple and calm on 2 cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: never a downloaded browser. The resolver rule keeps it off the network.
      executablePath: "/usr/bin/chromium",
      args: ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: `http://localhost:${PORT}/api/health`,
    // A machine busy with other work builds slowly: E2E_SERVER_TIMEOUT_MS lets it wait longer.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 300_000),
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:./.data/e2e-${PORT}.db`,
      NEXT_DIST_DIR: `.next-e2e-${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      // tests/e2e/sign-in-limits.spec.ts: requests to 127.0.0.2 come "through the proxy"; all others are direct.
      TRUSTED_PROXIES: "127.0.0.2",
    },
  },
});
