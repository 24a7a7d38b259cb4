// Question keys are fixed once they are in a published version: leads store answers under them, CSV
// columns are named by them (answers.<key>), routing conditions, the API and webhooks refer to
// them. The builder keeps a key read-only once it is in a published version
// (editor/field-key-ops.ts); this is the same rule for anything that saves a draft or publishes.
//
// A question has no id apart from its key, so a renamed question is recognised by what else
// stays: a question of the published version (`current`) whose key is gone from the draft, and a
// question of the draft with the same type and label whose key was never published (in none of
// `published`) — the same question under another key. Deleting a question and adding new ones
// stays allowed; a new question that repeats a removed one's type and label is refused, since its
// answers would land in another column than the removed one's.
// Keys a draft takes back from older versions (restoring version 1) are not new.
import type { TFieldType } from "./form-fields";
import type { TPublishProblem } from "./publish-check-context";

type TFieldLike = { key: string; type: TFieldType; label: string };
type TDefinitionLike = { steps: readonly { fields: readonly TFieldLike[] }[] };

export const KEYS_FIXED_MESSAGE = "Question keys can't be changed after the form is first published: undo the change, or give a new question a label of its own.";

export interface TPublishedKeyChange {
  /** Where the renamed question sits in the draft definition: steps.<i>.fields.<j>.key */
  path: string;
  publishedKey: string;
  draftKey: string;
}

const identity = (f: TFieldLike) => `${f.type}\u0000${f.label.trim()}`;

/**
 * The draft's questions that are a published question under another key. `current` is the live
 * (latest published) version, `published` every published version (it may include `current`);
 * none published → nothing to compare, no changes.
 */
export function publishedKeyChanges(draft: TDefinitionLike, current: TDefinitionLike | null, published: readonly TDefinitionLike[]): TPublishedKeyChange[] {
  if (!current) return [];
  const draftKeys = new Set(draft.steps.flatMap((s) => s.fields.map((f) => f.key)));
  const everPublished = new Set([current, ...published].flatMap((d) => d.steps.flatMap((s) => s.fields.map((f) => f.key))));
  // Published questions no longer in the draft, by type and label (the first key of each).
  const gone = new Map<string, string>();
  for (const f of current.steps.flatMap((s) => s.fields)) {
    if (!draftKeys.has(f.key) && !gone.has(identity(f))) gone.set(identity(f), f.key);
  }
  const changes: TPublishedKeyChange[] = [];
  draft.steps.forEach((step, i) =>
    step.fields.forEach((f, j) => {
      const publishedKey = gone.get(identity(f));
      if (publishedKey !== undefined && !everPublished.has(f.key)) changes.push({ path: `steps.${i}.fields.${j}.key`, publishedKey, draftKey: f.key });
    }),
  );
  return changes;
}

/** One problem per change, naming the key to keep; `prefix` goes before each path ("definition."). */
export function publishedKeyProblems(changes: readonly TPublishedKeyChange[], prefix = ""): TPublishProblem[] {
  return changes.map((c) => ({
    path: `${prefix}${c.path}`,
    fieldKey: c.draftKey,
    message: `This question was published with the key '${c.publishedKey}'; keys are fixed after the form is first published — keep '${c.publishedKey}' (not '${c.draftKey}').`,
  }));
}
