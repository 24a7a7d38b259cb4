// The settings pane as a sheet below lg (settings-panel.tsx), for keyboard and screen-reader users:
// a question or step chosen on the canvas with the keyboard (Enter or Space on its card: a click
// of detail 0) moves the focus into the sheet it opens, and Escape in the sheet folds it and gives
// the focus back to the chosen card's select button (card-select-button.tsx), found by its
// `data-settings-for` (settingsAnchor). A pointer
// tap leaves the focus alone; at lg and up (the desktop column) nothing moves.
import type { TSelection } from "./builder-model";

export const SHEET_BODY_ID = "settings-sheet-body";

/** Whether the pane is the bottom sheet (below lg), as canvas-field.tsx scrolls for it. */
export function isSheetLayout(): boolean {
  return window.matchMedia("(max-width: 1023.98px)").matches;
}

/** The `data-settings-for` value of the card that selects `selection`. */
export function settingsAnchor(selection: NonNullable<TSelection>): string | null {
  return selection.kind === "field" ? `field:${selection.key}` : selection.kind === "step" ? `step:${selection.id}` : null;
}

/** The selected card's select button, if it is on the canvas. */
export function findSettingsAnchor(selection: TSelection): HTMLElement | null {
  const anchor = selection ? settingsAnchor(selection) : null;
  return anchor ? document.querySelector<HTMLElement>(`[data-settings-for="${CSS.escape(anchor)}"]`) : null;
}

/** After a keyboard choice (`detail` 0: Enter or Space, not a tap): the focus into the sheet once it is shown. */
export function focusSheetAfterKeyboardChoice(detail: number): void {
  if (detail !== 0 || !isSheetLayout()) return;
  requestAnimationFrame(() => document.getElementById(SHEET_BODY_ID)?.focus({ preventScroll: true }));
}
