// What Deactivate / Reactivate say while the rep form holds unsaved edits: a status change saves
// the status only, so the edits stay in the form, still unsaved — said before it happens.

/** Shown next to Save changes while the form differs from what is saved. */
export const UNSAVED_CHANGES_LABEL = "Unsaved changes";

const unsavedNote = (action: "Deactivating" | "Reactivating") =>
  `You have unsaved changes to this profile. ${action} does not save them: they stay in the form, unsaved, until you press Save changes (or Discard changes).`;

/** The deactivate confirmation (`confirm`), with the unsaved-changes note when there are any. */
export function deactivateConfirmWithUnsaved(confirm: string, hasUnsavedChanges: boolean): string {
  return hasUnsavedChanges ? `${confirm}\n\n${unsavedNote("Deactivating")}` : confirm;
}

/** The question before reactivating `name`: only while there are unsaved changes (null: just reactivate). */
export function reactivateConfirmText(name: string, hasUnsavedChanges: boolean): string | null {
  return hasUnsavedChanges ? `Reactivate ${name}? They can receive new leads again.\n\n${unsavedNote("Reactivating")}` : null;
}
