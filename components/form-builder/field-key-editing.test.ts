import { describe, expect, it } from "vitest";
import { fieldKeyEditing } from "./field-key-editing";

describe("fieldKeyEditing", () => {
  const none = new Set<string>();
  const live = new Set(["email", "name", "company"]);
  const cases: [string, string, boolean, ReadonlySet<string>, boolean, RegExp][] = [
    ["never published: editable", "short_text", false, none, true, /can't be changed once a version with this question is published/],
    ["a published question's key: locked", "company", false, live, false, /It can't be changed: it is in a published version of this form/],
    ["a question added to the draft of a published form: editable", "short_text", false, live, true, /not in a published version yet: its key can be changed until a version with it is published/],
    ["a key only an older version had (restored or re-added): locked", "budget", false, new Set(["email", "budget"]), false, /in a published version/],
    ["viewer, published key: read-only", "company", true, live, false, /^Names this answer in leads, CSV columns and routing rules \(answers\.<key>\), the API and webhooks\.$/],
    ["viewer, draft-only key: read-only", "short_text", true, live, false, /webhooks\.$/],
    ["viewer, never published: read-only", "short_text", true, none, false, /webhooks\.$/],
  ];
  it.each(cases)("%s", (_name, key, readOnly, publishedKeys, editable, help) => {
    const result = fieldKeyEditing(key, readOnly, publishedKeys);
    expect(result.editable).toBe(editable);
    expect(result.help).toMatch(help);
  });
});
