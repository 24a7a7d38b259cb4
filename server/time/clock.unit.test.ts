import { afterEach, describe, expect, it } from "vitest";
import { clockOffsetMs, moveClock, now, onClockMoved } from "./clock";

afterEach(() => {
  moveClock({ reset: true });
});

describe("clock", () => {
  it("is the wall clock until moved", () => {
    const before = Date.now();
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
    expect(clockOffsetMs()).toBe(0);
  });

  it.each([
    { name: "set to an instant", change: { to: new Date("2026-03-09T14:00:00Z") }, expected: Date.parse("2026-03-09T14:00:00Z") },
    { name: "advanced by two days from an instant", change: { byMs: 2 * 86_400_000 }, expected: Date.parse("2026-03-11T14:00:00Z") },
  ])("moves when $name and keeps ticking", ({ change, expected }) => {
    if ("byMs" in change) moveClock({ to: new Date("2026-03-09T14:00:00Z") });
    moveClock(change);
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(expected);
    expect(t).toBeLessThan(expected + 5_000);
  });

  it("reset returns to the wall clock", () => {
    moveClock({ to: new Date("2001-01-01T00:00:00Z") });
    moveClock({ reset: true });
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it("tells listeners the new time, and a failing listener does not stop the move", () => {
    const seen: string[] = [];
    const stopFailing = onClockMoved(() => {
      throw new Error("listener failed");
    });
    const stop = onClockMoved((t) => seen.push(t.toISOString().slice(0, 10)));
    moveClock({ to: new Date("2030-05-01T09:00:00Z") });
    stop();
    stopFailing();
    moveClock({ to: new Date("2031-05-01T09:00:00Z") });
    expect(seen).toEqual(["2030-05-01"]);
  });
});
