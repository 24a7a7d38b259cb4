// "Return lead" says where the lead went (it always said "the next best rep", also when no rep
// could take it and it went to the fallback queue).
import { describe, expect, it } from "vitest";
import { returnedMessage } from "./assignment-actions";

const REPS = [{ id: "r-maya", name: "Maya Lopez" }];

describe("returnedMessage", () => {
  it.each<[string, Parameters<typeof returnedMessage>[0], string]>([
    ["a rep the viewer can name", { decision: { outcome: "assigned", repId: "r-maya", queue: null } }, "Returned: the lead went to Maya Lopez, the next best rep."],
    ["a rep not in the list", { decision: { outcome: "assigned", repId: "r-other", queue: null } }, "Returned: the lead went to the next best rep."],
    ["the fallback queue", { decision: { outcome: "fallback", repId: null, queue: { name: "Backup" } } }, "Returned: no other rep could take it, so the lead went to the fallback queue “Backup”."],
    ["nurture", { decision: { outcome: "nurture", repId: null, queue: null } }, "Returned: routed again, the lead went to nurture."],
    ["nothing known", undefined, "Returned: it has been routed again."],
  ])("%s", (_what, result, expected) => {
    expect(returnedMessage(result, REPS)).toBe(expected);
  });
});
