import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { onShutdownSignals, type TShutdownSignal } from "./shutdown-signals";

function setUp() {
  const target = new EventEmitter();
  const shutdowns: TShutdownSignal[] = [];
  const lines: string[] = [];
  onShutdownSignals(target, (signal) => shutdowns.push(signal), (line) => lines.push(line));
  return { target, shutdowns, lines };
}

describe("onShutdownSignals", () => {
  it.each([
    { name: "one SIGINT", signals: ["SIGINT"], shutdowns: ["SIGINT"] },
    { name: "one SIGTERM", signals: ["SIGTERM"], shutdowns: ["SIGTERM"] },
    { name: "Ctrl-C relayed by npm and tsx (three SIGINTs)", signals: ["SIGINT", "SIGINT", "SIGINT"], shutdowns: ["SIGINT"] },
    { name: "SIGTERM while stopping on SIGINT", signals: ["SIGINT", "SIGTERM"], shutdowns: ["SIGINT"] },
  ] as const)("$name: one shutdown", ({ signals, shutdowns: expected }) => {
    const { target, shutdowns, lines } = setUp();
    for (const signal of signals) target.emit(signal);
    expect(shutdowns).toEqual(expected);
    expect(lines).toHaveLength(signals.length - 1);
  });

  it("keeps listening after the first signal, so a repeated signal never meets Node's default (kill)", () => {
    const { target } = setUp();
    target.emit("SIGINT");
    expect(target.listenerCount("SIGINT")).toBe(1);
    expect(target.listenerCount("SIGTERM")).toBe(1);
  });
});
