import { describe, expect, it } from "vitest";
import { inviteState, membershipChangeProblem, slugify, ZInviteInput } from "./invite-schema";

const now = new Date("2026-11-25T12:00:00Z");
const later = new Date("2026-11-26T12:00:00Z");
const earlier = new Date("2026-11-24T12:00:00Z");

describe("inviteState", () => {
  it.each([
    [{ expiresAt: later, acceptedAt: null, revokedAt: null }, "valid"],
    [{ expiresAt: earlier, acceptedAt: null, revokedAt: null }, "expired"],
    [{ expiresAt: now, acceptedAt: null, revokedAt: null }, "expired"],
    [{ expiresAt: later, acceptedAt: earlier, revokedAt: null }, "accepted"],
    [{ expiresAt: later, acceptedAt: null, revokedAt: earlier }, "revoked"],
  ] as const)("%o → %s", (invite, expected) => {
    expect(inviteState(invite, now)).toBe(expected);
  });
});

describe("membershipChangeProblem", () => {
  it.each([
    [{ actorRole: "OWNER", targetRole: "REP", isSelf: false, ownerCount: 1 }, null],
    [{ actorRole: "ADMIN", targetRole: "REP", isSelf: false, ownerCount: 1 }, null],
    [{ actorRole: "ADMIN", targetRole: "OWNER", isSelf: false, ownerCount: 2 }, "Only an owner can change another owner."],
    [{ actorRole: "OWNER", targetRole: "OWNER", isSelf: true, ownerCount: 1 }, "A workspace needs at least one owner."],
    [{ actorRole: "OWNER", targetRole: "OWNER", isSelf: false, ownerCount: 2 }, null],
    [{ actorRole: "ADMIN", targetRole: "ADMIN", isSelf: true, ownerCount: 1 }, "You cannot change your own membership; ask an owner."],
  ] as const)("%o", (input, expected) => {
    expect(membershipChangeProblem(input)).toBe(expected);
  });
});

describe("ZInviteInput", () => {
  it.each([
    [{ email: " Rep@Example.com ", role: "REP" }, true],
    [{ email: "not-an-email", role: "REP" }, false],
    [{ email: "a@b.co", role: "EMPEROR" }, false],
  ])("%o valid=%s", (input, ok) => {
    expect(ZInviteInput.safeParse(input).success).toBe(ok);
  });
  it.each([["", null], [null, null], [undefined, undefined], ["team_1", "team_1"]])("teamId %o → %o", (teamId, expected) => {
    expect(ZInviteInput.parse({ email: "a@example.com", role: "REP", teamId }).teamId).toBe(expected);
  });
  it("normalises the address", () => {
    expect(ZInviteInput.parse({ email: " Rep@Example.com ", role: "REP" }).email).toBe("rep@example.com");
  });
});

describe("slugify", () => {
  it.each([
    ["Acme Corp", "acme-corp"],
    ["  Ünïcode — Sales!! ", "unicode-sales"],
    ["!!!", "workspace"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));
});
