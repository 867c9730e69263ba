// `npm run bench` runs under tsx's CLI, which answers a signal by killing its
// child with SIGKILL if the child does not acknowledge it within 30 ms, and a
// busy bench can miss that window, leaving its servers and database behind.
// So the script re-runs itself in a plain node process (tsx as a loader only)
// and this outer process just waits, forwarding signals: it acknowledges at
// once, and the inner process always gets to stop what it started.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const INNER = "SOURCED_BENCH_INNER";

export function isInnerRun(): boolean {
  return process.env[INNER] === "1";
}

/** Runs the entry script again as a plain node process; resolves with its exit code. */
export function superviseSelf(entryUrl: string): Promise<number> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(entryUrl), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, [INNER]: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // Ctrl-C reaches both processes; forwarding again is harmless (the inner cleanup runs once).
    process.on(signal, () => child.kill(signal));
  }
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`could not start the bench: ${error.message}`);
      resolve(1);
    });
  });
}
