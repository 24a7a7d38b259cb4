"use client";
// The right-hand pane: settings of the selected question or step, the scoring model, or the end
// screens. Selecting something brings its tab forward: an end screen (a clicked problem, a new end
// screen) opens End screens; a question or step (clicked on the canvas, added, a clicked problem)
// opens its settings, also from the Scoring or End screens tab. A question's settings stay mounted
// while its key changes under them (a rename follows the selection: use-form-editor.ts).
// Below lg the pane is a sheet fixed to the bottom of the window: selecting something opens it
// (the selected question scrolls into view above it: canvas-field.tsx), "Hide settings" folds it
// to a bar that names the selection, "Show settings" opens it again (also for Scoring and End
// screens); clearing the selection folds it. A spacer under the canvas keeps every question
// scrollable above the open sheet. From lg it is a column that sticks under the toolbar while the
// canvas scrolls (the bar is lg:hidden), so a question selected far down shows its settings in view.
// For the keyboard (settings-sheet.ts): opened with Enter or Space (on a card, or "Show settings"),
// the sheet takes the focus — its body, a group named by the bar's title ("Question: Full name");
// Escape in it folds it and gives the focus back to the selected card (or to "Show settings"). An
// Escape that an input used (the Key input reverting its typing) is left to it.
import { type KeyboardEvent, useLayoutEffect, useRef, useState } from "react";
import { locateField, stepTitle } from "@/server/domain/forms/editor/editor-state";
import { EndScreensEditor } from "./end-screens-editor";
import { FieldSettings } from "./field-settings";
import { ScoringEditor } from "./scoring-editor";
import { findSettingsAnchor, focusSheetAfterKeyboardChoice, isSheetLayout, SHEET_BODY_ID } from "./settings-sheet";
import { StepSettings } from "./step-settings";
import { useFitStickyColumn } from "./use-fit-sticky-column";
import { useFormEditor } from "./use-form-editor";

type TTab = "settings" | "scoring" | "end-screens";

export function SettingsPanel() {
  const editor = useFormEditor();
  const [tab, setTab] = useState<TTab>("settings");
  const [isSheetOpen, setSheetOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const pane = useRef<HTMLElement>(null);
  useFitStickyColumn(pane);
  const { definition } = editor.state;
  const selection = editor.selection;
  // Each selection brings its tab forward (adjusting state while rendering, not in an effect).
  // Clearing the selection (a removed question) or an undo that follows a renamed key does not.
  const [seen, setSeen] = useState(editor.selectionRequest);
  if (seen !== editor.selectionRequest) {
    setSeen(editor.selectionRequest);
    if (selection?.kind === "outcome") setTab("end-screens");
    else if (selection) setTab("settings");
    setSheetOpen(selection !== null);
  }
  // A new selection's settings start at their top (its Label), wherever the pane was scrolled to
  // for the one before (the desktop column and the sheet both scroll on their own). A layout effect:
  // it runs before the children's effects, so an end screen's card still scrolls itself into view.
  useLayoutEffect(() => {
    if (pane.current) pane.current.scrollTop = 0;
  }, [editor.selectionRequest]);
  const at = selection?.kind === "field" ? locateField(definition, selection.key) : null;
  const field = at ? definition.steps[at.stepIndex]!.fields[at.index] : undefined;
  const step = selection?.kind === "step" ? definition.steps.find((s) => s.id === selection.id) : undefined;
  const tabClass = (active: boolean) => `flex-1 rounded-md px-2 py-1.5 text-sm font-medium ${active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`;
  const tabButton = (value: TTab, label: string) => (
    <button type="button" role="tab" id={`settings-tab-${value}`} aria-controls="settings-tabpanel" aria-selected={tab === value} className={tabClass(tab === value)} onClick={() => setTab(value)}>
      {label}
    </button>
  );

  const sheetTitle = field ? `Question: ${field.label.trim() || "No label"}` : step ? `Step: ${stepTitle(definition, step.id)}` : "Scoring and end screens";
  const foldOnEscape = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || e.defaultPrevented || !isSheetOpen || !isSheetLayout()) return;
    e.preventDefault();
    // Focus first: a Label input's blur (which may rename an automatic key) runs while it is shown.
    (findSettingsAnchor(selection) ?? toggle.current)?.focus();
    setSheetOpen(false);
  };

  return (
    <>
      {/* From lg the column follows the marketer down a long form, like the palette: the pane sticks
          under the sticky toolbar (--builder-toolbar-h, use-sticky-toolbar.ts) inside its own cell,
          stretched to the canvas's row (never over the preview below it, lg to 2xl), and scrolls on
          its own when it is taller than the window or than what is left of its cell (use-fit-sticky-column.ts).
          Below lg the wrapper is no box (the sheet is fixed). */}
      <div className="max-lg:contents lg:self-stretch" data-testid="settings-column">
        <aside
          ref={pane}
          aria-label="Settings"
          className={`rounded-lg border border-slate-200 bg-white p-3 shadow-sm lg:sticky lg:top-[calc(var(--builder-toolbar-h,0px)+0.5rem)] lg:max-h-[calc(100dvh-var(--builder-toolbar-h,0px)-1rem)] lg:overflow-y-auto lg:overscroll-contain max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-30 max-lg:rounded-b-none max-lg:border-x-0 max-lg:border-slate-300 max-lg:shadow-[0_-6px_20px_rgba(15,23,42,0.15)] ${isSheetOpen ? "max-lg:max-h-[55vh] max-lg:overflow-y-auto max-lg:overscroll-contain" : ""}`}
          data-testid="settings-panel"
          onKeyDown={foldOnEscape}
        >
          <div className="flex items-center gap-2 lg:hidden">
            <p id="settings-sheet-title" className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900">{sheetTitle}</p>
            <button
              ref={toggle}
              type="button"
              aria-expanded={isSheetOpen}
              aria-controls={SHEET_BODY_ID}
              onClick={(e) => {
                setSheetOpen(!isSheetOpen);
                if (!isSheetOpen) focusSheetAfterKeyboardChoice(e.detail);
              }}
              className="shrink-0 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
              {isSheetOpen ? "Hide settings" : "Show settings"}
            </button>
          </div>
          <div id={SHEET_BODY_ID} role="group" aria-labelledby="settings-sheet-title" tabIndex={-1} className={`focus:outline-none ${isSheetOpen ? "max-lg:mt-3" : "max-lg:hidden"}`}>
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
          </div>
        </aside>
      </div>
      {/* Room under the canvas to scroll its last questions above the open sheet. */}
      {isSheetOpen && <div aria-hidden="true" className="h-[55vh] lg:hidden" />}
    </>
  );
}
