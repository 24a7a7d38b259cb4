import { describe, expect, it } from "vitest";
import { deactivateConfirmWithUnsaved, reactivateConfirmText } from "./unsaved-status-text";

describe("status changes while the rep form holds unsaved edits", () => {
  it.each<[string, boolean, string]>([
    ["no unsaved changes: the confirmation as it was", false, "Deactivate Maya? They will stop receiving new leads."],
    [
      "unsaved changes: says they are not saved by deactivating",
      true,
      "Deactivate Maya? They will stop receiving new leads.\n\nYou have unsaved changes to this profile. Deactivating does not save them: they stay in the form, unsaved, until you press Save changes (or Discard changes).",
    ],
  ])("deactivate, %s", (_name, hasUnsavedChanges, expected) => {
    expect(deactivateConfirmWithUnsaved("Deactivate Maya? They will stop receiving new leads.", hasUnsavedChanges)).toBe(expected);
  });

  it.each<[string, boolean, string | null]>([
    ["no unsaved changes: no question", false, null],
    [
      "unsaved changes: asks, and says they are not saved by reactivating",
      true,
      "Reactivate Maya? They can receive new leads again.\n\nYou have unsaved changes to this profile. Reactivating does not save them: they stay in the form, unsaved, until you press Save changes (or Discard changes).",
    ],
  ])("reactivate, %s", (_name, hasUnsavedChanges, expected) => {
    expect(reactivateConfirmText("Maya", hasUnsavedChanges)).toBe(expected);
  });
});
