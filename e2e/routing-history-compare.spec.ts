// Routing → History, Compare: with a saved draft that differs from the published config, Compare
// starts at "<published version> → Current draft" and lists the draft's changes (it started at the
// latest version against itself or the one before, so a manager with one version read "No differences").
import { expect, signInAs, test } from "./fixtures";
import { trpcCall } from "./trpc";

interface TEditor {
  draft: { paths: { name: string }[] };
  draftRevision: string | null;
  publishedVersion: number | null;
}

test("a saved, unpublished draft: Compare defaults to the published version → Current draft", async ({ page }) => {
  await signInAs(page, "manager");
  await trpcCall(page, "routing.discardDraft", undefined, "mutation");
  const editor = await trpcCall<TEditor>(page, "routing.get", undefined, "query");
  const [first, ...rest] = editor.draft.paths;
  const draft = { ...editor.draft, paths: [{ ...first!, name: `${first!.name} (draft)` }, ...rest] };
  await trpcCall(page, "routing.saveDraft", { config: draft, baseRevision: editor.draftRevision }, "mutation");
  try {
    await page.goto("/routing/history");
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(String(editor.publishedVersion));
    await expect(page.getByLabel("To", { exact: true })).toHaveValue("draft");
    await expect(page.getByTestId("routing-diff")).toContainText("(draft)");
  } finally {
    await trpcCall(page, "routing.discardDraft", undefined, "mutation");
  }
});
