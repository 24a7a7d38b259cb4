"use client";
// The hosted page's form (/f/<slug>, also embed.js's frame). What the browser loads with the page
// is this shell: the embed bridge (ready, resize, close), the step beacons (a chunk fetched after
// mount) and the fill-time clock. The form itself (./hosted-form-live.tsx: react-hook-form, the
// renderer, its fields and the logic evaluator) is server-rendered inside a Suspense boundary
// and its chunk is fetched on the prospect's first interaction — focus, pointer, key or input in
// the page — or at once when saved progress is resumed. Until it is hydrated, the first step is
// the server's plain inputs: typeable, and ./early-input.ts keeps radio choices, a submission and
// Escape for it (a submission before this shell hydrates: ./early-submit-guard.ts). README "Size".
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from "react";
import { watchEarlyInput, type TEarlyInput } from "./early-input";
import { EARLY_SUBMIT_GUARD_SCRIPT } from "./early-submit-guard";
import { useEmbedHost } from "./embed-bridge";
import { readFinished } from "./finished-submission";
import type { THostedFormProps } from "./hosted-form-live";
import { progressKey, readSession } from "./saved-progress";
import type { TStepBeacon } from "./step-beacon";

export type { THostedFormProps } from "./hosted-form-live";

let openGate: () => void = () => {};
const gate = new Promise<void>((resolve) => (openGate = resolve));

// On the server the form renders at once; in the browser once the gate opens.
const LiveHostedForm = lazy(async () => {
  if (typeof window !== "undefined") await gate;
  return { default: (await import("./hosted-form-live")).LiveHostedForm };
});

/** Rendered only when the form is rendered in the browser (a client-side navigation): load it now. */
function OpenGateOnMount() {
  useEffect(() => openGate(), []);
  return null;
}

export function HostedForm(props: THostedFormProps) {
  const { slug, version, definition, embed } = props;
  // Nothing here may re-render the shell before the form has hydrated: new props for a boundary
  // that is still server HTML would make React drop that HTML for the fallback.
  const host = useEmbedHost(embed, definition.title);
  const { post } = host;
  const rootRef = useRef<HTMLDivElement>(null);
  const earlyInput = useRef<TEarlyInput | null>(null);
  const takeOverEarlyInput = useCallback(() => earlyInput.current?.takeOver() ?? null, []);

  useEffect(() => {
    earlyInput.current = watchEarlyInput(rootRef.current!, openGate, () => post({ sb: 1, type: "close" }));
    // The visit's session (and the fill-time clock) starts when the page is up; a visitor with
    // saved progress gets the form at once, where they left it; one who already submitted in this
    // tab (a reload) gets the end screen again.
    if (readSession(progressKey(slug, version)).isResumed || readFinished(slug)) openGate();
    return () => {
      earlyInput.current?.takeOver();
      earlyInput.current = null;
    };
  }, [slug, version, post]);

  // Anonymous step beacons (./step-beacon.ts): created once in the browser, from a lazy chunk
  // fetched after the page is up (analytics never hold up the form; a step reached in the
  // moment before it arrives is not counted).
  const beacon = useRef<TStepBeacon | null>(null);
  const beaconProxy = useMemo<TStepBeacon>(() => ({ reached: (step) => beacon.current?.reached(step), completed: (step) => beacon.current?.completed(step) }), []);
  useEffect(() => {
    let isCurrent = true;
    import("./step-beacon").then(
      ({ createStepBeacon }) => {
        if (isCurrent) beacon.current ??= createStepBeacon(slug, version);
      },
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [slug, version]);

  return (
    <div ref={rootRef}>
      {/* Holds a submission back before this shell has hydrated (./early-submit-guard.ts). */}
      <script dangerouslySetInnerHTML={{ __html: EARLY_SUBMIT_GUARD_SCRIPT }} />
      <Suspense fallback={<OpenGateOnMount />}>
        <LiveHostedForm {...props} host={host} beacon={beaconProxy} takeOverEarlyInput={takeOverEarlyInput} />
      </Suspense>
    </div>
  );
}
