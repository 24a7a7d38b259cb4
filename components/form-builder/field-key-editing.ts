// Whether a question's Key can be renamed in the builder, and the help shown under it. A key is
// locked once it is in a published version of the form (any version, live or not): leads store
// their answers under it, CSV columns (answers.<key>), routing rules, the API and webhooks may rely
// on it. A question added to the draft since, whose key no version has, keeps an editable key
// until a version with it is published — on a live form too. Viewers (read-only) never edit.

export const KEY_WHERE_USED = "Names this answer in leads, CSV columns and routing rules (answers.<key>), the API and webhooks.";

export interface TFieldKeyEditing {
  editable: boolean;
  help: string;
}

/** `publishedKeys`: every key in a published version of this form (empty before the first publish). */
export function fieldKeyEditing(key: string, readOnly: boolean, publishedKeys: ReadonlySet<string>): TFieldKeyEditing {
  if (readOnly) return { editable: false, help: KEY_WHERE_USED };
  if (publishedKeys.has(key)) {
    return { editable: false, help: `${KEY_WHERE_USED} It can't be changed: it is in a published version of this form, and its answers, CSV columns, routing rules and integrations rely on it.` };
  }
  if (publishedKeys.size > 0) {
    return { editable: true, help: `${KEY_WHERE_USED} Lowercase letters, digits and _. This question is not in a published version yet: its key can be changed until a version with it is published.` };
  }
  return { editable: true, help: `${KEY_WHERE_USED} Lowercase letters, digits and _; it can't be changed once a version with this question is published.` };
}
