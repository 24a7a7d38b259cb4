import { describe, expect, it } from "vitest";
import { roleChangeQuestion } from "./role-change-question";

const tail = "Making them a Sales rep again does not reactivate it: a manager does that on the Reps page.";

describe("roleChangeQuestion", () => {
  it.each([
    ["REP", { hasRepProfile: true, openLeads: 3 }, null],
    ["MANAGER", { hasRepProfile: true, openLeads: 3 }, null],
    ["MARKETER", { hasRepProfile: false, openLeads: 0 }, null],
    ["MARKETER", { hasRepProfile: true, openLeads: 0 }, `Make Sarah Chen a Marketer? A Marketer cannot work leads: their rep profile is deactivated. They have no open leads. ${tail}`],
    [
      "MARKETER",
      { hasRepProfile: true, openLeads: 1 },
      `Make Sarah Chen a Marketer? A Marketer cannot work leads: their rep profile is deactivated. Their open lead is handed on: it goes to the next best rep through the published routing and the new owner is alerted (without published routing, back to New for a manager to assign). An upcoming meeting with them is kept, for the new owner to take. ${tail}`,
    ],
    [
      "MARKETER",
      { hasRepProfile: true, openLeads: 3 },
      `Make Sarah Chen a Marketer? A Marketer cannot work leads: their rep profile is deactivated. Their 3 open leads are handed on: each goes to the next best rep through the published routing and the new owner is alerted (without published routing, back to New for a manager to assign). An upcoming meeting with them is kept, for the new owner to take. ${tail}`,
    ],
  ] as const)("%s %o", (role, member, question) => {
    expect(roleChangeQuestion("Sarah Chen", role, member)).toBe(question);
  });
});
