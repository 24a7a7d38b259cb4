// Below lg (the settings are a sheet over the lower part of the window): after an edit in the sheet
// marks other cards on the canvas (an option removed that rules still compare: "Its rule checks a
// removed option …"), the topmost marked card is scrolled into view above the sheet, so the
// marketer sees what the alert is about while the sheet stays open on what they were editing. A
// question's card scrolls whole; a step's marker line scrolls (a step may be taller than the room
// left). Their scroll margins leave room for the palette strip and the sheet. At lg and up nothing
// moves (no sheet covers the canvas).
import type { TRuleOwner } from "./rule-owner";
import { findSettingsAnchor, isSheetLayout } from "./settings-sheet";

/** Once the marks are rendered (the next frame): scrolls the topmost card marked for `owners` into view. */
export function revealMarkedCard(owners: readonly TRuleOwner[]): void {
  if (owners.length === 0 || !isSheetLayout()) return;
  requestAnimationFrame(() => {
    const marked = owners.map(markedElement).filter((el): el is HTMLElement => el !== null);
    const topmost = marked.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
    topmost?.scrollIntoView({ block: "nearest" });
  });
}

/** A question's card, or a step's marker line ("Its rule checks …"). */
function markedElement(owner: TRuleOwner): HTMLElement | null {
  const selectButton = findSettingsAnchor(owner);
  if (owner.kind === "field") return selectButton?.closest<HTMLElement>("li") ?? null;
  return selectButton?.closest("section")?.querySelector<HTMLElement>("[data-testid='canvas-step-removed-options']") ?? null;
}
