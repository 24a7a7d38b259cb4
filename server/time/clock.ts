// The app's clock. `now()` is the wall clock, unless the e2e harness turned the test clock on
// (TEST_CLOCK_TOKEN, set only by `npm run test:e2e`; see server/time/test-clock-route.ts): then
// specs can set or advance it, so journeys that depend on the time of day (a rep's working hours,
// booking slots, nurture waits, SLA timers) are deterministic whatever the hour CI runs at.
//
// The clock ticks: a test clock is an offset from the wall clock, not a frozen instant, so
// durations measured in the app stay real. The offset lives on globalThis because Next bundles a
// module once per server bundle while the job workers load it through tsx: both read one state.
// Pure domain code never calls this: `now` is an argument there (house rule 1).

type TClockState = { offsetMs: number; listeners: Set<(now: Date) => void> };

const STATE_KEY = Symbol.for("switchboard.clock");

function state(): TClockState {
  const holder = globalThis as unknown as Record<symbol, TClockState | undefined>;
  holder[STATE_KEY] ??= { offsetMs: 0, listeners: new Set() };
  return holder[STATE_KEY];
}

/** The current time: the wall clock, shifted when a test moved the test clock. */
export function now(): Date {
  return new Date(Date.now() + state().offsetMs);
}

/** How far the test clock is from the wall clock (0 unless a test moved it). */
export function clockOffsetMs(): number {
  return state().offsetMs;
}

/**
 * Moves the clock (test clock only: callers are the harness route and tests). Listeners (e.g. a
 * sweeper of due rows) run right after, so a spec that advances the clock sees due work happen
 * without waiting for the next tick of a recurring job.
 */
export function moveClock(change: { to: Date } | { byMs: number } | { reset: true }): Date {
  const current = state();
  if ("to" in change) current.offsetMs = change.to.getTime() - Date.now();
  else if ("byMs" in change) current.offsetMs += change.byMs;
  else current.offsetMs = 0;
  const moved = now();
  for (const listener of current.listeners) {
    try {
      listener(moved);
    } catch {
      // a listener's failure never blocks moving the clock; the listener logs its own errors
    }
  }
  return moved;
}

/** Runs `listener` after every move of the clock; returns the unsubscribe function. */
export function onClockMoved(listener: (now: Date) => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}
