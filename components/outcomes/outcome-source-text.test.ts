import { describe, expect, it } from "vitest";
import type { TOutcomeView } from "@/server/services/outcomes/outcome-types";
import { namesOf } from "@/components/assignments/names";
import { outcomeSourceText } from "./outcome-source-text";

const names = namesOf({ repNames: { rep_tom: "Tom Becker" }, teamNames: {}, userNames: { u_tom: "Tom Becker", u_morgan: "Morgan Manager" } });
type TCase = [string, Pick<TOutcomeView, "stage" | "source" | "actorUserId" | "repId">, string];

// Who recorded a lifecycle step and where, in words ("app" was the SYSTEM source's code).
describe("outcomeSourceText: a Lifecycle entry says who recorded it, in words", () => {
  it.each<TCase>([
    ["the rep's Accept in the inbox (recorded by the app, with the rep as actor)", { stage: "ACCEPTED", source: "SYSTEM", actorUserId: "u_tom", repId: "rep_tom" }, "by Tom Becker"],
    ["accepted through the accept link (no actor): the rep whose lead it is", { stage: "ACCEPTED", source: "SYSTEM", actorUserId: null, repId: "rep_tom" }, "for Tom Becker"],
    ["no actor and no rep", { stage: "ACCEPTED", source: "SYSTEM", actorUserId: null, repId: null }, ""],
    ["a stage logged in the inbox", { stage: "CONTACTED", source: "INBOX", actorUserId: "u_tom", repId: "rep_tom" }, "by Tom Becker in the inbox"],
    ["a stage logged on the lead page by a manager", { stage: "WON", source: "LEAD_PAGE", actorUserId: "u_morgan", repId: "rep_tom" }, "by Morgan Manager on the lead page"],
    ["a CRM through the API", { stage: "OPPORTUNITY", source: "API", actorUserId: null, repId: "rep_tom" }, "from your CRM through the API"],
    ["a booking", { stage: "MEETING_BOOKED", source: "BOOKING", actorUserId: null, repId: "rep_tom" }, "from a booking with Tom Becker"],
    ["a member who left", { stage: "CONTACTED", source: "INBOX", actorUserId: "u_gone", repId: null }, "by a former member in the inbox"],
  ])("%s", (_, outcome, text) => {
    expect(outcomeSourceText(outcome, names)).toBe(text);
  });
});
