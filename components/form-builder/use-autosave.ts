"use client";
// Autosave of the draft, about a second after the last change. Each save carries the updatedAt of
// the draft it was based on; when another tab saved first the server answers CONFLICT and
// autosave stops (the marketer is told to reload; nothing is silently overwritten). A state
// that does not pass the schemas is not sent (the server checks the same schemas and would refuse
// it); the indicator says what to fix and where. `unsaved` is true whenever the latest state is not
// on the server (waiting, in flight, invalid, failed, conflict): leaving the page then asks first.
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorCode, errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { draftProblem, type TDraftProblem } from "./draft-problems";

export type TSaveStatus = { kind: "saved" } | { kind: "pending" } | { kind: "saving" } | { kind: "error"; message: string } | { kind: "invalid"; problem: TDraftProblem } | { kind: "conflict" };

export const AUTOSAVE_DELAY_MS = 1000;


export function useAutosave({ formId, state, updatedAt, enabled }: { formId: string; state: TEditorState; updatedAt: Date; enabled: boolean }) {
  const trpc = useTRPC();
  // mutateAsync is stable across renders (the mutation object itself is not).
  const { mutateAsync } = useMutation(trpc.forms.updateDraft.mutationOptions());
  const [status, setStatus] = useState<TSaveStatus>({ kind: "saved" });
  const saved = useRef(JSON.stringify(state));
  const base = useRef(updatedAt);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  const save = useCallback(async () => {
    if (!enabled || stopped.current || inFlight.current) return;
    const current = latest.current;
    const json = JSON.stringify(current);
    if (json === saved.current) return setStatus({ kind: "saved" });
    const problem = draftProblem(current);
    if (problem) return setStatus({ kind: "invalid", problem });
    inFlight.current = true;
    setStatus({ kind: "saving" });
    try {
      const result = await mutateAsync({ formId, definition: current.definition, scoring: current.scoring, baseUpdatedAt: base.current });
      saved.current = json;
      base.current = result.updatedAt;
      inFlight.current = false;
      if (JSON.stringify(latest.current) === json) setStatus({ kind: "saved" });
      else void save();
    } catch (error) {
      inFlight.current = false;
      if (errorCode(error) === "CONFLICT") {
        stopped.current = true;
        setStatus({ kind: "conflict" });
      } else {
        setStatus({ kind: "error", message: errorMessage(error) });
      }
    }
  }, [enabled, formId, mutateAsync]);

  useEffect(() => {
    if (!enabled || stopped.current) return;
    if (JSON.stringify(state) === saved.current) {
      if (!inFlight.current) setStatus({ kind: "saved" });
      return;
    }
    // An invalid state is reported at once (no "Saving…" while the marketer types in it).
    const problem = draftProblem(state);
    if (problem) return setStatus({ kind: "invalid", problem });
    setStatus((s) => (s.kind === "saving" || s.kind === "pending" ? s : { kind: "pending" }));
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, enabled, save]);

  /** Saves now (publish first saves the draft it publishes); false when it could not. */
  const flush = useCallback(async () => {
    await save();
    return !stopped.current && JSON.stringify(latest.current) === saved.current;
  }, [save]);

  return { status, unsaved: enabled && status.kind !== "saved", retry: save, flush };
}
