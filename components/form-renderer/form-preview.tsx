"use client";
// The dashboard preview: the form renderer in preview mode beside the live score, recomputed
// with the pure scorer on every change. Nothing is ever submitted.
import { useCallback, useMemo, useState } from "react";
import type { TAnswers, TFormDefinition } from "@/server/domain/forms/definition";
import { activeFieldKeys } from "@/server/domain/forms/logic";
import { outcomeName } from "@/server/domain/forms/editor/outcome-ops";
import { resolveOutcome } from "@/server/domain/forms/resolve-outcome";
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";
import type { TScoringModel } from "@/server/domain/scoring/model";
import { scoreLead } from "@/server/domain/scoring/score-lead";
import { Button } from "@/components/ui/button";
import { pickAnswers } from "./answer-values";
import { EndScreen } from "./end-screen";
import { FormRenderer, type TRendererSubmission } from "./form-renderer";
import { LiveScorePanel } from "./live-score-panel";
import { dimensionMaxima } from "./score-scale";

export interface TFormPreviewProps {
  definition: TFormDefinition;
  scoring: TScoringModel;
}

export function FormPreview({ definition, scoring }: TFormPreviewProps) {
  const [answers, setAnswers] = useState<TAnswers>({});
  const [round, setRound] = useState(0);
  const [ending, setEnding] = useState<{ outcome: TSubmissionOutcome; outcomeId: string } | null>(null);
  const active = useMemo(() => pickAnswers(answers, activeFieldKeys(definition, answers)), [definition, answers]);
  const result = useMemo(() => scoreLead(scoring, active, definition), [scoring, active, definition]);
  const maxima = useMemo(() => dimensionMaxima(scoring, definition), [scoring, definition]);
  const handleChange = useCallback((next: TAnswers) => setAnswers(next), []);

  function handleFinish({ answers: submitted, endOutcomeId }: TRendererSubmission) {
    const score = scoreLead(scoring, submitted, definition);
    const outcome = resolveOutcome(definition, { tier: score.tier, endOutcomeId });
    const shown: TSubmissionOutcome = outcome.type === "redirect" ? { type: "redirect", url: outcome.url } : { type: outcome.type, title: outcome.title, body: outcome.body };
    setEnding({ outcome: shown, outcomeId: outcome.id });
  }

  function reset() {
    setAnswers({});
    setEnding(null);
    setRound((r) => r + 1);
  }

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <header className="mb-6">
          <p className="mb-2 text-xs font-medium uppercase tracking-wide text-amber-700">Preview — nothing is submitted</p>
          <h2 className="text-2xl font-semibold tracking-tight text-slate-900">{definition.title}</h2>
          {definition.description && <p className="mt-2 whitespace-pre-line text-sm text-slate-600">{definition.description}</p>}
        </header>
        {ending ? (
          <div className="space-y-4">
            <p className="text-xs text-slate-500">{endScreenCaption(definition, ending.outcomeId)}</p>
            <EndScreen outcome={ending.outcome} isPreview />
            <Button variant="secondary" onClick={reset}>Start over</Button>
          </div>
        ) : (
          <FormRenderer key={round} definition={definition} mode="preview" onAnswersChange={handleChange} onSubmit={handleFinish} />
        )}
      </div>
      <div className="lg:sticky lg:top-4">
        <LiveScorePanel result={result} model={scoring} maxima={maxima} onReset={reset} />
      </div>
    </div>
  );
}

/** "End screen 2: Book a meeting:" — as the builder's End screens tab names it (never its internal id). */
function endScreenCaption(definition: TFormDefinition, outcomeId: string): string {
  const index = definition.outcomes.findIndex((outcome) => outcome.id === outcomeId);
  return index < 0 ? "End screen:" : `End screen ${index + 1}: ${outcomeName(definition.outcomes[index]!)}`;
}

