"use client";
// The right-hand pane: settings of the selected question or step, the scoring model, or the end
// screens. Selecting something brings its tab forward: an end screen (a clicked problem, a new end
// screen) opens End screens; a question or step (clicked on the canvas, added, a clicked problem)
// opens its settings, also from the Scoring or End screens tab. A question's settings stay mounted
// while its key changes under them (a rename follows the selection: use-form-editor.ts).
import { useState } from "react";
import { locateField } from "@/server/domain/forms/editor/editor-state";
import { EndScreensEditor } from "./end-screens-editor";
import { FieldSettings } from "./field-settings";
import { ScoringEditor } from "./scoring-editor";
import { StepSettings } from "./step-settings";
import { useFormEditor } from "./use-form-editor";

type TTab = "settings" | "scoring" | "end-screens";

export function SettingsPanel() {
  const editor = useFormEditor();
  const [tab, setTab] = useState<TTab>("settings");
  const { definition } = editor.state;
  const selection = editor.selection;
  // Each selection brings its tab forward (adjusting state while rendering, not in an effect).
  // Clearing the selection (a removed question) or an undo that follows a renamed key does not.
  const [seen, setSeen] = useState(editor.selectionRequest);
  if (seen !== editor.selectionRequest) {
    setSeen(editor.selectionRequest);
    if (selection?.kind === "outcome") setTab("end-screens");
    else if (selection) setTab("settings");
  }
  const at = selection?.kind === "field" ? locateField(definition, selection.key) : null;
  const field = at ? definition.steps[at.stepIndex]!.fields[at.index] : undefined;
  const step = selection?.kind === "step" ? definition.steps.find((s) => s.id === selection.id) : undefined;
  const tabClass = (active: boolean) => `flex-1 rounded-md px-2 py-1.5 text-sm font-medium ${active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`;
  const tabButton = (value: TTab, label: string) => (
    <button type="button" role="tab" id={`settings-tab-${value}`} aria-controls="settings-tabpanel" aria-selected={tab === value} className={tabClass(tab === value)} onClick={() => setTab(value)}>
      {label}
    </button>
  );

  return (
    <aside aria-label="Settings" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div role="tablist" aria-label="Settings, scoring or end screens" className="mb-3 flex gap-1 rounded-lg bg-slate-100 p-1">
        {tabButton("settings", field ? "Question" : step ? "Step" : "Settings")}
        {tabButton("scoring", "Scoring")}
        {tabButton("end-screens", "End screens")}
      </div>
      <div role="tabpanel" id="settings-tabpanel" aria-labelledby={`settings-tab-${tab}`}>
        {tab === "scoring" ? (
          <ScoringEditor />
        ) : tab === "end-screens" ? (
          <EndScreensEditor />
        ) : field ? (
          // Keyed by the selection, not the key: a key renamed under the selected question (its Key
          // input, its label on blur, undo) keeps the inputs mounted and the focus where it is.
          <FieldSettings key={editor.selectionRequest} field={field} />
        ) : step ? (
          <StepSettings key={step.id} step={step} />
        ) : (
          <p className="text-sm text-slate-500">Select a question or a step on the canvas to {editor.readOnly ? "see" : "change"} its settings.</p>
        )}
      </div>
    </aside>
  );
}
