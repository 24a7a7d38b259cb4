// Routing → History, a rollback the server refuses: an older version whose path checks a question
// that no form has any more (its form was archived after that version was replaced) does not
// publish again. The manager reads why as an alert (red, role=alert — not the green "Rolled back"
// status) that names each problem once, by the path's name ("Path “Probe …”: "rollback_probe_…" is
// not a question on any form of this workspace (archived forms do not count); …", the server's
// words), also on a phone without widening the page; and the published version stays what it was.
// The spec publishes the version to refuse itself and restores the routing it found (other
// journeys expect the demo routing).
import { expect, signInAs, test } from "./fixtures";
import { pageWidth } from "./page-width";
import { trpcCall } from "./trpc";

interface TPath {
  id: string;
  name: string;
  when?: unknown;
}
interface TEditor {
  draft: { paths: TPath[] };
  publishedVersion: number | null;
}

test("a refused rollback is an alert and leaves the published version as it was", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const probeKey = `rollback_probe_${stamp}`;
  await signInAs(page, "manager");
  await trpcCall(page, "routing.discardDraft", undefined, "mutation");
  const found = await trpcCall<TEditor>(page, "routing.get", undefined, "query");
  const demoRouting = found.draft;

  // A form (a marketer's) with a question routing can check.
  const marketer = await browser.newPage();
  await signInAs(marketer, "marketer");
  const { id: formId } = await trpcCall<{ id: string }>(marketer, "forms.create", { name: `Rollback probe ${stamp}`, slug: `rollback-probe-${stamp}` }, "mutation");
  const form = await trpcCall<{ definition: { steps: { fields: object[] }[] }; scoring: unknown }>(marketer, "forms.get", { formId }, "query");
  const [first, ...steps] = form.definition.steps;
  const definition = { ...form.definition, steps: [{ ...first!, fields: [...first!.fields, { key: probeKey, type: "short_text", label: "Rollback probe" }] }, ...steps] };
  await trpcCall(marketer, "forms.updateDraft", { formId, definition, scoring: form.scoring }, "mutation");

  try {
    // Version A: the demo routing plus a last path that checks the probe question.
    const [model] = demoRouting.paths;
    const probePath = { ...model!, id: `probe_${stamp}`, name: `Probe ${stamp}`, when: { kind: "rule", ref: `answers.${probeKey}`, operator: "equals", value: "yes" } };
    const probe = await trpcCall<{ version: number; changed: boolean }>(page, "routing.publish", { note: "e2e: a version to refuse", config: { ...demoRouting, paths: [...demoRouting.paths, probePath] } }, "mutation");
    expect(probe.changed).toBe(true);
    // Version B: the demo routing again, live. Then the probe's form goes: version A now checks a
    // question no form has.
    const live = await trpcCall<{ version: number }>(page, "routing.publish", { note: "e2e: back to the demo routing", config: demoRouting }, "mutation");
    await trpcCall(marketer, "forms.archive", { formId }, "mutation");

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/routing/history");
    const versions = page.getByRole("table", { name: "Routing versions" });
    const liveRow = versions.getByRole("row").filter({ hasText: "live" });
    await expect(liveRow.getByRole("cell").first()).toHaveText(`v${live.version} live`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Roll back to version ${probe.version}`, exact: true }).click();

    // (Next's route announcer is an alert too: the one that says what went wrong.)
    const alert = page.getByRole("alert").filter({ hasText: "routing config" });
    await expect(alert.getByRole("paragraph")).toHaveText(`Could not roll back to version ${probe.version}: The routing config has problems.`);
    await expect(alert).toHaveClass(/text-red-800/);
    // What is wrong, once, in the server's words: the path by its name and the question it reads.
    const problems = alert.getByRole("listitem");
    await expect(problems).toHaveCount(1);
    await expect(problems.first()).toHaveText(new RegExp(`^Path “Probe ${stamp}”: "${probeKey}" is not a question on any form of this workspace \\(archived forms do not count\\); for answers sent by the API without a form, list the key in apiAnswerKeys$`));
    await expect(alert).not.toContainText("paths.");
    // Compact on a phone: the long question key wraps inside the alert, the page does not widen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(problems.first()).toBeVisible();
    const width = await pageWidth(page);
    expect(width.scroll, `the page is ${width.scroll}px wide at 390 px; sticking out:\n${width.culprits.join("\n")}`).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.getByRole("status").filter({ hasText: "Rolled back" })).toHaveCount(0);
    // Nothing was published: version B is live, and no version came after it.
    const after = await trpcCall<TEditor>(page, "routing.get", undefined, "query");
    expect(after.publishedVersion).toBe(live.version);
    const list = await trpcCall<{ version: number; isCurrent: boolean }[]>(page, "routing.versions", undefined, "query");
    expect(list[0]).toMatchObject({ version: live.version, isCurrent: true });
    await page.reload();
    await expect(liveRow.getByRole("cell").first()).toHaveText(`v${live.version} live`);
    await expect(versions.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(`v${live.version} live`);
  } finally {
    // Publishes nothing when the demo routing is live (an unchanged config is no new version).
    await trpcCall(page, "routing.publish", { note: "e2e: back to the demo routing", config: demoRouting }, "mutation");
    await trpcCall(page, "routing.discardDraft", undefined, "mutation");
    await marketer.close();
  }
});
