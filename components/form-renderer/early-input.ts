// The hosted form's first step before its renderer is there. The page server-renders the first
// step as plain inputs and loads the renderer (react-hook-form, the fields, the logic evaluator)
// only on the prospect's first interaction (./hosted-form.tsx): until it arrives, the step is
// typeable but React has not hydrated it, so this watcher (on window, capture phase: React stops
// events aimed at content it has not hydrated at the document) keeps what would be lost —
// the radio chosen in each group, also one chosen before the watcher started (react-hook-form
// resets unedited radios when it attaches; text, selects and checkboxes it reads back from the
// page itself), a submission (Enter, Next), held back instead of the browser's own GET submit —
// also one held before this watcher started, by the page's inline ./early-submit-guard.ts —
// and Escape (the embed's popup closes on it).
// Browser only.
import { earlySubmitMark } from "./early-submit-guard";

export interface TEarlyInputRecord {
  /** The radio chosen in each group before the renderer took over, by input name (field key). */
  radios: ReadonlyMap<string, string>;
  /** A submission was held back: the renderer sends it once it has taken over. */
  hasPendingSubmit: boolean;
}

export interface TEarlyInput {
  /** Called by the renderer once it has hydrated: stops watching and hands over what was kept. */
  takeOver(): TEarlyInputRecord;
}

const FIRST_INTERACTION = ["focusin", "pointerdown", "keydown", "touchstart", "input"] as const;

/**
 * Watches `root` (the element around the server-rendered form) until `takeOver()`. `onInteraction`
 * runs on the first sign of the prospect (focus, pointer, key, typing or autofill inside the
 * page); `onEscape` on Escape inside `root` while the renderer is not there.
 */
export function watchEarlyInput(root: HTMLElement, onInteraction: () => void, onEscape: () => void): TEarlyInput {
  const radios = new Map<string, string>();
  let hasPendingSubmit = false;
  const inRoot = (event: Event) => event.target instanceof Node && root.contains(event.target);
  const interact = (event: Event) => {
    onInteraction();
    if (event.type === "keydown" && (event as KeyboardEvent).key === "Escape" && inRoot(event)) onEscape();
  };
  const change = (event: Event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === "radio" && input.checked && inRoot(event)) radios.set(input.name, input.value);
  };
  const submit = (event: Event) => {
    if (!inRoot(event)) return;
    event.preventDefault();
    hasPendingSubmit = true;
    onInteraction();
  };
  const listeners: [string, (event: Event) => void][] = [...FIRST_INTERACTION.map((type) => [type, interact] as [string, (event: Event) => void]), ["change", change], ["submit", submit]];
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
  // Chosen before this watcher was there — the page's code was still on its way, and the click
  // ticked the server's radio with no one listening: a radio checked unlike the server's HTML
  // (its checked attribute: none, or the prefill) is the prospect's choice, kept like the others.
  for (const input of root.querySelectorAll<HTMLInputElement>("input[type=radio]:checked")) {
    if (!input.defaultChecked) radios.set(input.name, input.value);
  }
  // Sent before this watcher was there (Enter in a field of the server's HTML), held back by the
  // page's inline script: kept like one held here; from now on this watcher holds them.
  const mark = earlySubmitMark(root);
  if (mark) {
    mark.isWatched = true;
    if (mark.isHeld) hasPendingSubmit = true;
  }
  if (radios.size > 0 || hasPendingSubmit || root.contains(document.activeElement)) onInteraction();
  return {
    takeOver() {
      for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
      // Handed over once (development's strict mode runs the renderer's effects twice).
      const record = { radios: new Map(radios), hasPendingSubmit };
      radios.clear();
      hasPendingSubmit = false;
      return record;
    },
  };
}
