// Stable React keys for the canvas's questions. A question's key is editable (its Key input, an
// automatic key that follows the label on blur, undo of either), so keying the canvas by it
// remounted the card on every rename — and a tap that landed on the card while the Label input
// lost focus (the blur renames the key between pointer down and up) was lost. Each question gets an
// id that follows it through renames: a key seen before keeps its id; a key that replaced another
// one at the same place (the old key gone, the new one new) takes over its id; anything else is new.
import { useState } from "react";
import type { TFormDefinition } from "@/server/domain/forms/definition";

export interface TCanvasItemIds {
  /** Field key → canvas item id. */
  ids: Readonly<Record<string, string>>;
  /** The next id's number (ids are "q<n>": the same on the server and the client). */
  next: number;
}

export const NO_ITEM_IDS: TCanvasItemIds = { ids: {}, next: 0 };

/** The ids for `after`, following the questions of `before` (null: the first render). */
export function followItemIds(previous: TCanvasItemIds, before: TFormDefinition | null, after: TFormDefinition): TCanvasItemIds {
  const afterKeys = new Set(after.steps.flatMap((s) => s.fields.map((f) => f.key)));
  const beforeKeys = new Set(before ? before.steps.flatMap((s) => s.fields.map((f) => f.key)) : []);
  const ids: Record<string, string> = {};
  const taken = new Set<string>();
  let next = previous.next;
  after.steps.forEach((step, stepIndex) => {
    step.fields.forEach((field, index) => {
      const kept = previous.ids[field.key];
      if (kept !== undefined && beforeKeys.has(field.key)) {
        ids[field.key] = kept;
        taken.add(kept);
        return;
      }
      // Renamed in place: the key at this place before is gone now, and this key is new.
      const there = before?.steps.find((s) => s.id === step.id)?.fields[index] ?? before?.steps[stepIndex]?.fields[index];
      const inherited = there && !afterKeys.has(there.key) && !beforeKeys.has(field.key) ? previous.ids[there.key] : undefined;
      if (inherited !== undefined && !taken.has(inherited)) {
        ids[field.key] = inherited;
        taken.add(inherited);
        return;
      }
      ids[field.key] = `q${next++}`;
      taken.add(ids[field.key]!);
    });
  });
  return { ids, next };
}

/** The canvas item ids of `definition`'s questions, following renames from render to render. */
export function useCanvasItemIds(definition: TFormDefinition): Readonly<Record<string, string>> {
  // Adjusted while rendering (not in an effect): the render that shows a renamed key already has its old id.
  const [seen, setSeen] = useState(() => ({ definition, ids: followItemIds(NO_ITEM_IDS, null, definition) }));
  if (seen.definition === definition) return seen.ids.ids;
  const next = { definition, ids: followItemIds(seen.ids, seen.definition, definition) };
  setSeen(next);
  return next.ids.ids;
}
