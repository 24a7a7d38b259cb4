import { describe, expect, it } from "vitest";
import { createAcceptToken, verifyAcceptToken } from "./accept-token";

const secret = "s".repeat(40);
const now = new Date("2026-11-25T12:00:00Z");
const inAnHour = new Date("2026-11-25T13:00:00Z");

describe("accept tokens", () => {
  const token = createAcceptToken("asg_123", inAnHour, secret);

  it("round-trips before expiry", () => {
    expect(verifyAcceptToken(token, secret, now)).toEqual({ ok: true, assignmentId: "asg_123", expiresAt: inAnHour });
  });

  it.each([
    ["signed with another secret", createAcceptToken("asg_123", inAnHour, "x".repeat(40)), now, "bad_signature"],
    ["tampered payload", `${Buffer.from(`asg_999.${inAnHour.getTime() / 1000}`).toString("base64url")}.${token.split(".")[1]}`, now, "bad_signature"],
    ["no signature", token.split(".")[0]!, now, "malformed"],
    ["extra part", `${token}.x`, now, "malformed"],
    ["empty", "", now, "malformed"],
  ])("refuses a token %s", (_name, candidate, at, reason) => {
    expect(verifyAcceptToken(candidate, secret, at)).toEqual({ ok: false, reason });
  });

  it("refuses an expired token but still names its assignment (the page says what became of the lead)", () => {
    expect(verifyAcceptToken(token, secret, inAnHour)).toEqual({ ok: false, reason: "expired", assignmentId: "asg_123" });
  });
});
