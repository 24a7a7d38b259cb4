"use client";
// Live preview beside the canvas: the real form renderer (preview mode, nothing submitted) on the
// CURRENT editor state, and the live score recomputed by the pure scorer on every answer or edit.
import { useCallback, useMemo, useState } from "react";
import { pickAnswers } from "@/components/form-renderer/answer-values";
import { FormRenderer } from "@/components/form-renderer/form-renderer";
import { LiveScorePanel } from "@/components/form-renderer/live-score-panel";
import { dimensionMaxima } from "@/components/form-renderer/score-scale";
import type { TAnswers } from "@/server/domain/forms/definition";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { activeFieldKeys } from "@/server/domain/forms/logic";
import { scoreLead } from "@/server/domain/scoring/score-lead";

export function EditorPreview({ state }: { state: TEditorState }) {
  const { definition, scoring } = state;
  const [answers, setAnswers] = useState<TAnswers>({});
  const [round, setRound] = useState(0);
  const [finished, setFinished] = useState(false);
  const active = useMemo(() => pickAnswers(answers, activeFieldKeys(definition, answers)), [definition, answers]);
  const result = useMemo(() => scoreLead(scoring, active, definition), [scoring, active, definition]);
  const maxima = useMemo(() => dimensionMaxima(scoring, definition), [scoring, definition]);
  const onChange = useCallback((next: TAnswers) => setAnswers(next), []);
  const reset = () => {
    setAnswers({});
    setFinished(false);
    setRound((r) => r + 1);
  };

  return (
    <div className="space-y-4" data-testid="editor-preview">
      <section aria-label="Preview" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <p className="mb-2 text-xs font-medium uppercase tracking-wide text-amber-700">Preview — nothing is submitted</p>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">{definition.title}</h2>
        {finished ? (
          <p className="text-sm text-slate-600">End of the form. Use “Reset answers” to start again.</p>
        ) : (
          <FormRenderer key={round} definition={definition} mode="preview" onAnswersChange={onChange} onSubmit={() => setFinished(true)} />
        )}
      </section>
      <LiveScorePanel result={result} model={scoring} maxima={maxima} onReset={reset} />
    </div>
  );
}
