// An automatic key follows its question's label. The builder names a new question's key after its
// label (addField: "Single choice" → single_choice, or single_choice_2 when taken); a marketer who
// then labels it "Your role" means an answer called your_role in leads, CSV columns, routing rules,
// the API and webhooks. So when a label is changed (the builder calls this when the Label input
// loses focus, not per keystroke), a key the builder made is renamed to the new label's slug,
// unique in the form, with every reference (renameFieldKey).
//
// "Made by the builder" is read from the key itself, as fields carry no flag: the key is the slug
// of the label it had before this change, or of its type's default label ("Single choice",
// "Work email"), alone or with the _2, _3 … suffix dedupe adds. Any other key was typed by the
// marketer (or chosen by a template) and never changes by itself. A typed key that happens to
// spell the label's slug is indistinguishable and follows too — it already said the same.
// Never renamed: a key in a published version (answers and integrations rely on it), a hidden
// field's (its key is the URL parameter that fills it), or when the new label has no Latin letters
// or digits to make a key from ("Ваша роль", "?"): the key is kept, not replaced by a fallback.
import { allFields, type TFieldType } from "../definition";
import { dedupe, fail, locateField, ok, slugKey, type TEditorState, type TEditResult } from "./editor-state";
import { renameFieldKey } from "./field-key-ops";
import { newField } from "./field-types";

const KEY_MAX = 64;
/** What addField names a key whose label makes no slug (and what prefixes one starting with a digit). */
const FALLBACK = "field";

export interface TRelabel {
  key: string;
  type: TFieldType;
  /** The label when the marketer started editing it, and the label now. */
  labelBefore: string;
  labelAfter: string;
  /** The key is in a published version of the form (any version, live or older). */
  isPublished: boolean;
  /** Keys the new key must not take: the form's other questions' (and published versions'). */
  taken: Iterable<string>;
}

/** `base` itself, or `base` with the _N (N ≥ 2) that dedupe gives it, cut the way dedupe cuts it. */
function isFromBase(key: string, base: string): boolean {
  if (key === base) return true;
  const n = /_(\d+)$/.exec(key)?.[1];
  if (!n || Number(n) < 2 || String(Number(n)) !== n) return false;
  const suffix = `_${n}`;
  return key === `${base.slice(0, KEY_MAX - suffix.length)}${suffix}`;
}

/** Whether the builder would have made `key` for a question of `type` labelled `label`. */
export function isAutomaticKey(key: string, type: TFieldType, label: string): boolean {
  const typeDefault = newField(type, key).label;
  return isFromBase(key, slugKey(label, FALLBACK)) || isFromBase(key, slugKey(typeDefault, FALLBACK));
}

/** The key a question has after its label changed from `labelBefore` to `labelAfter` (its own when it stays). */
export function keyAfterRelabel(r: TRelabel): string {
  if (r.isPublished || r.type === "hidden") return r.key;
  if (r.labelAfter.trim() === r.labelBefore.trim()) return r.key;
  if (!isAutomaticKey(r.key, r.type, r.labelBefore)) return r.key;
  if (slugKey(r.labelAfter, "") === "") return r.key;
  const base = slugKey(r.labelAfter, FALLBACK, KEY_MAX);
  if (isFromBase(r.key, base)) return r.key;
  const taken = new Set(r.taken);
  taken.delete(r.key);
  return dedupe(base, taken, KEY_MAX);
}

/**
 * The editor operation behind it: renames `fieldKey` (and every reference) when its label, which
 * was `labelBefore`, now asks for another key; the same state (no undo step) otherwise.
 * `publishedKeys`: every key in a published version of this form — never renamed, never reused.
 */
export function followLabel(state: TEditorState, fieldKey: string, labelBefore: string, publishedKeys: ReadonlySet<string>): TEditResult<{ key: string }> {
  const at = locateField(state.definition, fieldKey);
  if (!at) return fail(`There is no question '${fieldKey}'`);
  const field = state.definition.steps[at.stepIndex]!.fields[at.index]!;
  const taken = [...allFields(state.definition).map((f) => f.key), ...publishedKeys];
  const key = keyAfterRelabel({ key: field.key, type: field.type, labelBefore, labelAfter: field.label, isPublished: publishedKeys.has(field.key), taken });
  if (key === field.key) return ok(state, { key });
  return renameFieldKey(state, field.key, key, publishedKeys);
}
