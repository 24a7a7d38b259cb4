// Where the workspace routing lock's held time goes, per routed lead, in a bench app process
// (routing-app-server.ts). Every statement a `pg` client of the process sends is timed on the wire
// (sent → its promise resolved inside pg, before Prisma sees it), attributed to the request by
// AsyncLocalStorage; route-lead.ts marks its own steps (lock-timing.ts `markLockStep`) and the
// intake records the held time (acquired → the transaction's commit returned). Phases of one hold
// (one lead, or a group-commit batch: then "write statement" is the first lead's write and the
// others' writes and nurture steps fall in "write → COMMIT sent"):
//   grant → JS has the read  the lock+live-load statement after the grant: in the database (its
//                            `afterLockMs`), then its way back (network, the wait for this
//                            process's event loop, pg and Prisma)
//   decide (JS)             live load merged into the roster, the pure decision
//   decided → write sent    the write's JSON and Prisma's path to pg
//   write statement         sent → returned (one statement: rotation, account, assignment, lead, events)
//   write → COMMIT sent     Prisma's return path, the nurture step, the transaction's commit path
//   COMMIT                  sent → returned (the WAL flush is in here)
//   COMMIT → tx returned    Prisma's commit path back to the caller (the lock is already free)
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { observeLockTiming } from "../services/routing/lock-timing";
import { percentile } from "./stats";

type TMark = { name: string; at: number; value?: number };
interface TStore {
  marks: TMark[];
}

const storage = new AsyncLocalStorage<TStore>();
const profiles: TLockProfile[] = [];

export interface TLockProfile {
  held: number;
  phases: Record<TPhase, number>;
}

export const PHASES = ["grant → JS has the read", "  of it in the database", "  of it on the way back", "decide (JS)", "decided → write sent", "write statement", "write → COMMIT sent", "COMMIT", "COMMIT → tx returned"] as const;
export type TPhase = (typeof PHASES)[number];

const kindOf = (sql: string) =>
  /switchboard_routing_read/.test(sql) ? "read" : /^\s*WITH\s+rotation AS/i.test(sql) ? "write" : /^\s*COMMIT/i.test(sql) ? "commit" : null;

let installed = false;

/** Wraps pg's Client#query (this process only) and listens to the routing's lock marks. */
export function installLockProfile(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    const store = storage.getStore();
    const first = args[0];
    const kind = store && kindOf(typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? ""));
    if (store && kind && result instanceof Promise) {
      store.marks.push({ name: `${kind}:sent`, at: performance.now() });
      result.then(
        () => store.marks.push({ name: `${kind}:returned`, at: performance.now() }),
        () => undefined,
      );
    }
    return result;
  };
  observeLockTiming({
    step: (name, value) => storage.getStore()?.marks.push({ name, at: performance.now(), ...(value === undefined ? {} : { value }) }),
    held: (ms, releasedAt) => {
      const store = storage.getStore();
      if (!store) return;
      finish(store, ms, releasedAt);
      // A request that ran a group-commit batch may run the next one too: each hold profiles its own marks.
      store.marks.length = 0;
    },
  });
}

function finish(store: TStore, held: number, released: number): void {
  const at = (name: string) => store.marks.find((m) => m.name === name);
  const locked = at("lock:read");
  const decided = at("lock:decided");
  const writeSent = at("write:sent");
  const writeReturned = at("write:returned");
  const commitSent = at("commit:sent");
  const commitReturned = at("commit:returned");
  if (!locked || !decided || !writeSent || !writeReturned || !commitSent || !commitReturned) return;
  const acquired = released - held;
  profiles.push({
    held,
    phases: {
      "grant → JS has the read": locked.at - acquired,
      "  of it in the database": locked.value ?? Number.NaN,
      "  of it on the way back": locked.at - acquired - (locked.value ?? Number.NaN),
      "decide (JS)": decided.at - locked.at,
      "decided → write sent": writeSent.at - decided.at,
      "write statement": writeReturned.at - writeSent.at,
      "write → COMMIT sent": commitSent.at - writeReturned.at,
      COMMIT: commitReturned.at - commitSent.at,
      "COMMIT → tx returned": released - commitReturned.at,
    },
  });
}

/** Runs one request with its statements and marks attributed to it. */
export function withLockProfile<T>(run: () => Promise<T>): Promise<T> {
  return storage.run({ marks: [] }, run);
}

/** The profiles since the last call (and forgets them). */
export function takeLockProfiles(): TLockProfile[] {
  return profiles.splice(0, profiles.length);
}

/** One line per phase: p50 / p99 and its share of the held time's mean. */
export function describeLockProfiles(all: TLockProfile[]): string[] {
  if (all.length === 0) return ["  (no lock profile recorded)"];
  const meanHeld = all.reduce((s, p) => s + p.held, 0) / all.length;
  const lines = PHASES.map((phase) => {
    const values = all.map((p) => p.phases[phase]).sort((a, b) => a - b);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const share = phase.startsWith("  ") ? "" : ` · ${Math.round((mean / meanHeld) * 100)}% of the mean`;
    return `    ${phase.padEnd(26)} p50 ${percentile(values, 50).toFixed(2)} ms · p99 ${percentile(values, 99).toFixed(2)} ms · mean ${mean.toFixed(2)} ms${share}`;
  });
  const held = all.map((p) => p.held).sort((a, b) => a - b);
  return [`  where the held time goes (${all.length} leads; held p50 ${percentile(held, 50).toFixed(2)} ms · p99 ${percentile(held, 99).toFixed(2)} ms · mean ${meanHeld.toFixed(2)} ms):`, ...lines];
}
