// Publishing a form whose scoring would put every lead in the floor tier (Disqualified) is refused
// with the fix named; a Blank form published as it is keeps its leads (Nurture starts at 0).
import { describe, expect, it } from "vitest";
import { ZScoringModel } from "../../domain/scoring/model";
import { scoreLead } from "../../domain/scoring/score-lead";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { defaultDefinition, defaultScoring } from "./default-form";
import { createForm, publishForm, updateDraft } from "./index";

const testDb = useTestDb();

async function blankForm() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const owner = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
  const { id: formId } = await createForm(db, ws.id, { name: "Contact us", template: "blank" });
  const publish = () => publishForm(db, { workspaceId: ws.id, formId, userId: owner.user.id });
  return { db, ws, formId, publish };
}

describe("publish: can any lead get past the floor tier?", () => {
  it("a Blank form published untouched publishes, and a lead answering it is nurtured, not disqualified", async () => {
    const { db, publish } = await blankForm();
    const { versionId } = await publish();
    const version = await db.formVersion.findUniqueOrThrow({ where: { id: versionId } });
    const result = scoreLead(ZScoringModel.parse(version.scoring), { email: "ann@acme.com", name: "Ann" });
    expect({ total: result.total, tier: result.tier }).toEqual({ total: 0, tier: "nurture" });
  });

  it("a Blank form whose Nurture needs 20 with no points anywhere is refused, naming the fix, and nothing is written", async () => {
    const { db, ws, formId, publish } = await blankForm();
    const scoring = defaultScoring();
    scoring.tiers = scoring.tiers.map((t) => (t.key === "nurture" ? { ...t, minScore: 20 } : t));
    await updateDraft(db, ws.id, formId, { definition: defaultDefinition("Contact us"), scoring });
    const error = await publish().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "VALIDATION",
      message: "The form cannot be published yet.",
      details: [
        {
          path: "scoring.tiers.1.minScore",
          message: "Every lead would be 'Disqualified': no combination of answers scores more than 0, and 'Nurture' needs 20. Give answers points in Scoring, or set 'Nurture' to 0 to keep every lead",
        },
      ],
    });
    expect(await db.formVersion.count({ where: { formId } })).toBe(0);
  });

  it("once an answer can earn the points, the same tiers publish", async () => {
    const { db, ws, formId, publish } = await blankForm();
    const definition = defaultDefinition("Contact us");
    definition.steps[0]!.fields.push({ key: "timeline", type: "single_choice", label: "When?", options: [{ value: "now", label: "Now" }, { value: "later", label: "Later" }] });
    const scoring = defaultScoring();
    scoring.tiers = scoring.tiers.map((t) => (t.key === "nurture" ? { ...t, minScore: 20 } : t));
    scoring.optionPoints = [{ fieldKey: "timeline", optionValue: "now", dimension: "intent", points: 20 }];
    await updateDraft(db, ws.id, formId, { definition, scoring });
    await expect(publish()).resolves.toMatchObject({ version: 1 });
  });
});
