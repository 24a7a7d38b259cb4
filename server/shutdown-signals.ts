// SIGINT/SIGTERM → one shutdown. Ctrl-C on `npm run dev` delivers SIGINT to the whole process group
// — npm, its shell and the app — and npm passes it on again, so the app gets it two or three
// times (the scripts run `node --import tsx`, not the tsx command, whose supervisor sent SIGKILL when
// a busy app did not confirm a signal within 30 ms: server/cli/launcher-signals.int.test.ts). A listener added with `once` is gone after the first: the next copy met Node's default
// action and killed the app mid-shutdown (the embedded database was never closed, its lock and CLI
// channel files stayed behind). The listener stays for as long as the process runs; copies that
// arrive while stopping are noted and ignored (the shutdown's own timer still bounds it).
export type TShutdownSignal = "SIGINT" | "SIGTERM";

interface TSignalTarget {
  on(signal: TShutdownSignal, listener: () => void): unknown;
}

export function onShutdownSignals(target: TSignalTarget, shutdown: (signal: TShutdownSignal) => void, log: (line: string) => void = console.log): void {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    target.on(signal, () => {
      if (stopping) {
        log(`[switchboard] ${signal} again: still stopping`);
        return;
      }
      stopping = true;
      shutdown(signal);
    });
  }
}
