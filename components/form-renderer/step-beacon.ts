// Anonymous step beacons for the forms analytics: view, start (the first input event), each step reached
// for the first time (its index in the form), complete. No answers, no personal data: a random
// id per visit (kept in memory only), the form version, the step index and a timestamp. Batched
// and sent with navigator.sendBeacon (fetch keepalive where it refuses) to
// POST /api/v1/forms/{slug}/events, at most every 2 s, at 20 events, on completion and when the
// page is hidden. Tiny on purpose: the form page's weight is a tracked goal (README "Size").
type TStepEvent = { type: "view" | "start" | "step" | "complete"; step: number; at: number };

export interface TStepBeacon {
  reached(step: number): void;
  completed(step: number): void;
}

export function createStepBeacon(slug: string, formVersion: number): TStepBeacon {
  const visitId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join("");
  const url = `/api/v1/forms/${encodeURIComponent(slug)}/events`;
  const seen = new Set<number>([0]);
  let queue: TStepEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (queue.length === 0) return;
    const body = JSON.stringify({ visitId, formVersion, events: queue });
    queue = [];
    if (!navigator.sendBeacon?.(url, new Blob([body], { type: "application/json" }))) {
      fetch(url, { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true }).catch(() => {});
    }
  };
  const push = (type: TStepEvent["type"], step: number) => {
    queue.push({ type, step, at: Date.now() });
    clearTimeout(timer);
    if (queue.length >= 20) flush();
    else timer = setTimeout(flush, 2000);
  };
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());
  push("view", 0);
  // Started = the first answer typed or chosen anywhere in the form.
  const start = () => {
    document.removeEventListener("input", start, true);
    push("start", 0);
  };
  document.addEventListener("input", start, true);
  return {
    reached(step) {
      if (seen.has(step) || step < 0) return;
      seen.add(step);
      push("step", step);
    },
    completed(step) {
      push("complete", step);
      flush();
    },
  };
}
