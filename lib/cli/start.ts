// npm start: prepare the database, build, and serve on PORT (default 3000)
// through lib/http/server.ts.
// `npm start -- -p 3100` (or --port 3100) serves on another port.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { z } from "zod";
import { parseEnv } from "../env";
import { prepare } from "./prepare";
import { runBin } from "./run";

const argsSchema = z.union([
  z.tuple([]),
  z.tuple([z.enum(["-p", "--port"]), z.string().regex(/^\d{1,5}$/, "the port is a number")]),
]);
const parsedArgs = argsSchema.safeParse(process.argv.slice(2));
if (!parsedArgs.success) {
  console.error("Usage: npm start [-- -p PORT]");
  process.exit(2);
}
if (parsedArgs.data.length === 2) process.env.PORT = parsedArgs.data[1];

const env = parseEnv(process.env);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.APP_URL ??= env.appUrl;

await prepare();
runBin("next", ["build"]);

console.log(`Serving on ${env.appUrl}`);
// Next behind the app's own front (client address, methods, headers): see lib/http/server.ts.
const server = spawn(join("node_modules", ".bin", "tsx"), ["lib/http/server.ts"], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
