// Runs a project binary from node_modules/.bin and fails loudly if it fails.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(join("node_modules", ".bin", bin), args, { stdio: "inherit", env });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(" ")} failed with exit code ${result.status ?? result.signal}`);
  }
}
