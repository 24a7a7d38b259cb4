import { describe, expect, it } from "vitest";
import { acceptLinkMessage } from "./accept-link-message";

describe("the accept link page's message", () => {
  it.each([
    ["valid", "open", null],
    ["valid", "accepted", null],
    ["expired", "accepted", "This lead was accepted"],
    ["valid", "reassigned", "This lead was reassigned"],
    // The SLA deadline passed and the lead moved on: say so, not only "expired".
    ["expired", "reassigned", "This lead was reassigned"],
    ["expired", "open", "This accept link has expired"],
    ["expired", "rep_left", "This lead can no longer be accepted here"],
    ["valid", "queue", "This lead waits in the backup queue"],
  ] as const)("token %s, assignment %s → %s", (token, state, title) => {
    expect(acceptLinkMessage(token, { state })?.title ?? null).toBe(title);
  });

  it("says the lead is gone when its assignment is", () => {
    expect(acceptLinkMessage("expired", null)).toMatchObject({ title: "Lead not found", showsLead: false });
  });
});
