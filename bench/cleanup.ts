// Everything the bench starts registers how to stop it here. The stops run in
// reverse order on the way out: at the end of the run, on an error, or on
// Ctrl-C / SIGTERM, so no server, browser or database outlives the bench.
// Once stopping has begun nothing new may start, and a start already under
// way (a browser launching) is waited for and then stopped too.
type Stop = { label: string; stop: () => Promise<void> | void };

const stops: Stop[] = [];
let stopping: Promise<void> | undefined;
let startsUnderWay = 0;

export class BenchStoppingError extends Error {
  override name = "BenchStoppingError";
  constructor() {
    super("the bench is stopping");
  }
}

export function isStopping(): boolean {
  return stopping !== undefined;
}

/** Throws once cleanup has begun: call before starting anything that needs stopping. */
export function assertRunning(): void {
  if (stopping) throw new BenchStoppingError();
}

/** For starts that take a while: refused once stopping, and waited for by the cleanup. Register the stop right after. */
export async function starting<T>(start: () => Promise<T>): Promise<T> {
  assertRunning();
  startsUnderWay++;
  try {
    return await start();
  } finally {
    startsUnderWay--;
  }
}

/** Registers a stop; returns a function that runs it now (once) and unregisters it. */
export function onCleanup(label: string, stop: () => Promise<void> | void): () => Promise<void> {
  const entry: Stop = { label, stop };
  stops.push(entry);
  return async () => {
    const index = stops.indexOf(entry);
    if (index === -1) return;
    stops.splice(index, 1);
    await entry.stop();
  };
}

async function runStops(): Promise<void> {
  while (stops.length > 0) {
    const entry = stops.pop();
    if (!entry) break;
    try {
      await entry.stop();
    } catch (error) {
      console.error(`cleanup of ${entry.label} failed:`, error instanceof Error ? error.message : error);
    }
  }
}

/** Runs every registered stop, newest first; a failing stop does not keep the others from running. */
export function cleanupAll(): Promise<void> {
  stopping ??= (async () => {
    await runStops();
    // A launch under way registers its stop when it finishes: wait for it (bounded), then stop that too.
    const deadline = Date.now() + 60_000;
    while (startsUnderWay > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await runStops();
  })();
  return stopping;
}

/**
 * On a signal: stop everything, then exit with the conventional 128 + signal
 * number. A repeated signal joins the cleanup already under way (each stop is
 * bounded), rather than exiting before it is done. A promise some tool left
 * unawaited (Lighthouse does, when its browser closes under it) is logged, not
 * allowed to end the process halfway through a cleanup.
 */
export function installSignalHandlers(): void {
  process.on("unhandledRejection", (reason) => {
    if (stopping) return;
    console.error(
      "unhandled rejection (ignored; the step that caused it reports its own failure):",
      reason instanceof Error ? reason.message : reason,
    );
  });
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  let announced = false;
  for (const signal of Object.keys(codes) as (keyof typeof codes)[]) {
    process.on(signal, () => {
      if (!announced) console.error(`\n${signal}: stopping servers and databases...`);
      announced = true;
      void cleanupAll().finally(() => process.exit(codes[signal]));
    });
  }
}
