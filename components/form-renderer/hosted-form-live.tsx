"use client";
// The hosted page's form once the prospect interacts with it (a lazy chunk: ./hosted-form.tsx
// server-renders it and loads it on the first focus, pointer, key or input): prefill and hidden
// values from the URL (computed on the server), the referrer, progress resumed from localStorage,
// the honeypot, and the submission itself. Embedded (embed.js's iframe), the host page's URL and
// referrer stand for the page's own and the host hears of step / submitted / booked through the
// shell's embed bridge. What only a submission needs (reading the answer, the end screen, the
// booking calendar) is a further lazy chunk (./after-submit.ts). After a submission, a reload of
// the tab shows its end screen again (./finished-submission.ts).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { TAnswers, TFormDefinition } from "@/server/domain/forms/definition";
import { HONEYPOT_FIELD } from "@/server/domain/forms/honeypot";
import type { TSubmissionOutcome, TSubmissionRequest } from "@/server/domain/forms/submission-contract";
import type { TEarlyInputRecord } from "./early-input";
import type { TEmbedHost, TEmbedSession } from "./embed-bridge";
import { finishedOf, readFinished, saveFinished } from "./finished-submission";
import { FormRenderer, type TFormPosition, type TRendererSubmission, type TSubmitFeedback } from "./form-renderer";
import type { TPrefill } from "./prefill";
import { referrerValues } from "./referrer-values";
import { clearProgress, isIdempotencyConflict, progressKey, readSession, renewIdempotencyKey, saveProgress } from "./saved-progress";
import type { TStepBeacon } from "./step-beacon";
import { MESSAGES } from "./submission-messages";

export interface THostedFormProps {
  slug: string;
  version: number;
  definition: TFormDefinition;
  /** From the page URL, parsed on the server (prefillFromParams). */
  prefill: TPrefill;
  /** Set when the page is framed by embed.js (?embed=1), as the server checked it. */
  embed?: TEmbedSession;
}

export interface TLiveHostedFormProps extends THostedFormProps {
  /** The shell's embed bridge (a no-op when not embedded). */
  host: TEmbedHost;
  /** The shell's step beacons (steps reached before their chunk arrives are not counted). */
  beacon: TStepBeacon;
  /** What the prospect did before this chunk arrived (./early-input.ts). */
  takeOverEarlyInput?: () => TEarlyInputRecord | null;
}

const subscribeNever = () => () => {};

type TAfterSubmit = typeof import("./after-submit");
let afterSubmit: Promise<TAfterSubmit | null> | null = null;

/** The after-submit chunk, fetched once (again after a failed fetch). */
function loadAfterSubmit(): Promise<TAfterSubmit | null> {
  afterSubmit ??= import("./after-submit").catch(() => (afterSubmit = null));
  return afterSubmit;
}

async function postSubmission(slug: string, idempotencyKey: string, body: TSubmissionRequest): Promise<{ status: number; json: unknown; retryAfter: string | null }> {
  try {
    const response = await fetch(`/api/v1/forms/${encodeURIComponent(slug)}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json().catch(() => null), retryAfter: response.headers.get("retry-after") };
  } catch {
    return { status: 0, json: null, retryAfter: null };
  }
}

export function LiveHostedForm({ slug, version, definition, prefill, embed, host, beacon, takeOverEarlyInput }: TLiveHostedFormProps) {
  const storageKey = progressKey(slug, version);
  // null while rendering on the server and hydrating; then read once from localStorage.
  const session = useSyncExternalStore(subscribeNever, () => readSession(storageKey), () => null);
  const [submitted, setSubmitted] = useState<{ leadId: string; bookingToken: string | null; outcome: TSubmissionOutcome; EndScreen: TAfterSubmit["EndScreen"] } | null>(null);
  // This tab already submitted (a reload): its end screen again, once the end screen's chunk is here.
  const finished = useSyncExternalStore(subscribeNever, () => readFinished(slug), () => null);
  const [isRestoring, setIsRestoring] = useState(true);
  useEffect(() => {
    if (!finished) return;
    let isCurrent = true;
    loadAfterSubmit().then((after) => {
      if (!isCurrent) return;
      if (after) setSubmitted((current) => current ?? { ...finished, EndScreen: after.EndScreen });
      else setIsRestoring(false); // The chunk cannot load: the form, rather than a wait without end.
    });
    return () => {
      isCurrent = false;
    };
  }, [finished]);
  const honeypotRef = useRef<HTMLInputElement>(null);
  const { stepChanged } = host;
  const referrer = embed ? (embed.referrer ?? "") : null;

  const hiddenValues = useMemo<TAnswers>(
    () => (session ? { ...referrerValues(definition, referrer ?? document.referrer, prefill.hiddenValues), ...prefill.hiddenValues } : prefill.hiddenValues),
    [session, definition, prefill.hiddenValues, referrer],
  );
  const resumed = session?.isResumed ? session.progress : null;
  const initialAnswers = useMemo(() => (resumed ? { ...prefill.answers, ...resumed.answers } : prefill.answers), [resumed, prefill.answers]);

  const handleChange = useCallback(
    (answers: TAnswers, position: TFormPosition) => {
      if (session) saveProgress(storageKey, { ...session.progress, answers, stepId: position.stepId, history: position.history });
      stepChanged(position.history.length);
      beacon.reached(definition.steps.findIndex((s) => s.id === position.stepId));
    },
    [session, storageKey, stepChanged, definition, beacon],
  );

  async function handleSubmit({ answers }: TRendererSubmission): Promise<TSubmitFeedback | void> {
    const { startedAt, idempotencyKey } = (session ?? readSession(storageKey)).progress;
    const body: TSubmissionRequest = {
      answers,
      // Fill time on the browser's own clock: immune to the visitor's clock being off.
      context: { startedAt, fillTimeMs: Math.max(0, Math.round(Date.now() - Date.parse(startedAt))), pageUrl: (embed?.pageUrl ?? window.location.href).slice(0, 2000), referrer: (referrer ?? document.referrer).slice(0, 2000) || undefined, source: embed ? "embed" : "hosted", timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || undefined },
    };
    const trap = honeypotRef.current?.value;
    if (trap) body[HONEYPOT_FIELD] = trap.slice(0, 500);
    // The after-submit chunk loads while the submission is on its way. Without it nothing is
    // shown: the prospect sends again, and the idempotency key makes that the same submission.
    const [first, after] = await Promise.all([postSubmission(slug, idempotencyKey, body), loadAfterSubmit()]);
    // The key already names an earlier submission whose answer was lost and whose answers the
    // prospect has changed since: these answers are a submission of their own, under a new key.
    const { status, json, retryAfter } = isIdempotencyConflict(first.status, first.json) ? await postSubmission(slug, renewIdempotencyKey(storageKey), body) : first;
    if (!after) return { formError: MESSAGES.network };
    const result = after.interpretSubmissionResponse(status, json, retryAfter);
    if (result.kind === "success") {
      clearProgress(storageKey);
      saveFinished(slug, finishedOf(result.leadId, result.outcome, result.bookingToken));
      beacon.completed(definition.steps.length);
      host.post({ sb: 1, type: "submitted", leadId: result.leadId, outcome: result.outcome.type });
      setSubmitted({ leadId: result.leadId, bookingToken: result.bookingToken, outcome: result.outcome, EndScreen: after.EndScreen });
      return;
    }
    if (result.kind === "invalid") return { fieldErrors: result.fieldErrors, formError: result.formError };
    return { formError: result.message };
  }

  if (submitted) {
    const { EndScreen, leadId } = submitted;
    const onBooked = () => host.post({ sb: 1, type: "booked", leadId, outcome: "booking" });
    return <EndScreen outcome={submitted.outcome} isEmbedded={!!embed} bookingToken={submitted.bookingToken} onBooked={onBooked} />;
  }
  if (finished && isRestoring) return <p role="status" className="py-6 text-sm text-slate-600">Loading…</p>;
  return (
    <FormRenderer
      key={resumed ? "resumed" : "fresh"}
      definition={definition}
      initialAnswers={initialAnswers}
      initialPosition={resumed?.stepId ? { stepId: resumed.stepId, history: resumed.history } : null}
      hiddenValues={hiddenValues}
      onAnswersChange={handleChange}
      onSubmit={handleSubmit}
      takeOverEarlyInput={takeOverEarlyInput}
    >
      {/* Honeypot: invisible to people and assistive technology, filled by naive bots. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Company website</label>
        <input ref={honeypotRef} id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </FormRenderer>
  );
}
