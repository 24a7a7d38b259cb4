"use client";
// The right-hand pane: settings of the selected question or step, or the scoring model.
import { useState } from "react";
import { locateField } from "@/server/domain/forms/editor/editor-state";
import { FieldSettings } from "./field-settings";
import { ScoringEditor } from "./scoring-editor";
import { StepSettings } from "./step-settings";
import { useFormEditor } from "./use-form-editor";

export function SettingsPanel() {
  const editor = useFormEditor();
  const [tab, setTab] = useState<"settings" | "scoring">("settings");
  const { definition } = editor.state;
  const selection = editor.selection;
  const at = selection?.kind === "field" ? locateField(definition, selection.key) : null;
  const field = at ? definition.steps[at.stepIndex]!.fields[at.index] : undefined;
  const step = selection?.kind === "step" ? definition.steps.find((s) => s.id === selection.id) : undefined;
  const tabClass = (active: boolean) => `flex-1 rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`;

  return (
    <aside aria-label="Settings" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div role="tablist" aria-label="Settings or scoring" className="mb-3 flex gap-1 rounded-lg bg-slate-100 p-1">
        <button type="button" role="tab" aria-selected={tab === "settings"} className={tabClass(tab === "settings")} onClick={() => setTab("settings")}>
          {field ? "Question" : step ? "Step" : "Settings"}
        </button>
        <button type="button" role="tab" aria-selected={tab === "scoring"} className={tabClass(tab === "scoring")} onClick={() => setTab("scoring")}>
          Scoring
        </button>
      </div>
      <div role="tabpanel">
        {tab === "scoring" ? (
          <ScoringEditor />
        ) : field ? (
          <FieldSettings key={field.key} field={field} />
        ) : step ? (
          <StepSettings key={step.id} step={step} />
        ) : (
          <p className="text-sm text-slate-500">Select a question or a step on the canvas to {editor.readOnly ? "see" : "change"} its settings.</p>
        )}
      </div>
    </aside>
  );
}
