"use client";
// Autosave of the draft, about a second after the last change. Each save carries the updatedAt of
// the draft it was based on; when another tab saved first the server answers CONFLICT and
// autosave stops (the marketer is told to reload; nothing is silently overwritten). A state
// that does not pass the schemas is not sent; the indicator says what to fix.
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { ZFormDefinition } from "@/server/domain/forms/definition";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { ZScoringModel } from "@/server/domain/scoring/model";

export type TSaveStatus = { kind: "saved" } | { kind: "pending" } | { kind: "saving" } | { kind: "error"; message: string } | { kind: "invalid"; message: string } | { kind: "conflict" };

export const AUTOSAVE_DELAY_MS = 1000;

function firstProblem(state: TEditorState): string | null {
  const definition = ZFormDefinition.safeParse(state.definition);
  const scoring = ZScoringModel.safeParse(state.scoring);
  const issue = definition.error?.issues[0] ?? scoring.error?.issues[0];
  if (!issue) return null;
  return `${issue.path.join(".") || "form"}: ${issue.message}`;
}

const codeOf = (error: unknown) => (error as { data?: { code?: string } } | null)?.data?.code;

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
    const problem = firstProblem(current);
    if (problem) return setStatus({ kind: "invalid", message: problem });
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
      if (codeOf(error) === "CONFLICT") {
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
    setStatus((s) => (s.kind === "saving" || s.kind === "pending" ? s : { kind: "pending" }));
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, enabled, save]);

  /** Saves now (publish first saves the draft it publishes); false when it could not. */
  const flush = useCallback(async () => {
    await save();
    return !stopped.current && JSON.stringify(latest.current) === saved.current;
  }, [save]);

  return { status, retry: save, flush };
}
