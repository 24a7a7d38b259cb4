import { describe, expect, it } from "vitest";
import { yardstickRows, yardstickTable } from "./routing-yardstick";

describe("yardstickRows", () => {
  it.each([
    ["nothing measured: every row says so, none met or failed", {}, Array(9).fill(null)],
    [
      "goals met and missed by the figures given",
      {
        decision1000: { p50: 0.4, p99: 0.9 },
        lockHeld: { p50: 3, p99: 7 },
        routed: { p50: 40, p99: 90, throughputPerS: 250 },
        http: { healthP99: 30, healthPerS: 400, floorPerS: 400, leadsP99: 100, leadsPerS: 150, errors: 0 },
        alertP95: 1200,
        invariants: { leads: 5000, uncappedSpread: 1, capViolations: 0, doubleOwners: 0 },
      },
      [true, false, true, true, false, true, false, true, true],
    ],
    [
      "routed leads per second are set against the one-insert route, not health",
      { http: { healthP99: 30, healthPerS: 400, floorPerS: 300, leadsP99: 90, leadsPerS: 150, errors: 0 } },
      [null, null, null, null, true, true, true, null, null],
    ],
  ])("%s", (_name, figures, expected) => {
    expect(yardstickRows(figures).map((r) => r.isMet)).toEqual(expected);
  });

  it("prints one line per measure under a header, with the verdict", () => {
    const table = yardstickTable({ routed: { p50: 40, p99: 90, throughputPerS: 120 }, floor: { p50: 10, p99: 30, throughputPerS: 500 } });
    expect(table).toHaveLength(3 + 9);
    expect(table.find((l) => l.includes("submit → assigned"))).toMatch(/p99 90 ms \(3\.0× the lock \+ lead \+ job-row floor's p99 30 ms\) \(met\)/);
    expect(table.find((l) => l.includes("leads routed per second"))).toMatch(/120\/s \(0\.24× the floor's 500\/s\) \(NOT met\)/);
    expect(table.find((l) => l.includes("pure decision"))).toMatch(/not measured \(–\)/);
  });

  it("sets the HTTP lane's leads per second against what the host's CPU allows, when measured", () => {
    const http = { healthP99: 30, healthPerS: 400, floorPerS: 300, leadsP99: 90, leadsPerS: 80, errors: 0 };
    const line = (hostCpu?: { msPerLead: number; cores: number }) => yardstickTable({ http: { ...http, ...(hostCpu ? { hostCpu } : {}) } }).find((l) => l.includes("HTTP: leads per second"));
    expect(line({ msPerLead: 25, cores: 2 })).toMatch(/80\/s, 0 \(host CPU 25 ms per lead: 2 cores serve at most 80\/s\) \(NOT met\)/);
    expect(line()).toMatch(/80\/s, 0 \(NOT met\)/);
  });
});
