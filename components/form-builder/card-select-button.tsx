"use client";
// The button that selects a step or a question on the canvas (canvas-step.tsx, canvas-field.tsx):
// it says whether its card is selected, carries the card's `data-settings-for` anchor, and, chosen
// with the keyboard below lg, moves the focus into the settings sheet; Escape there gives the focus
// back to this button (settings-sheet.ts, settings-panel.tsx).
import type { ReactNode } from "react";
import type { TSelection } from "./builder-model";
import { focusSheetAfterKeyboardChoice, settingsAnchor } from "./settings-sheet";
import { useFormEditor } from "./use-form-editor";

export function CardSelectButton({ selection, isSelected, children }: { selection: NonNullable<TSelection>; isSelected: boolean; children: ReactNode }) {
  const editor = useFormEditor();
  return (
    <button
      type="button"
      onClick={(e) => {
        editor.select(selection);
        focusSheetAfterKeyboardChoice(e.detail);
      }}
      aria-pressed={isSelected}
      data-settings-for={settingsAnchor(selection) ?? undefined}
      className="min-w-0 flex-1 text-left focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      {children}
    </button>
  );
}
