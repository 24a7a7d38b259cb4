import { describe, expect, it } from "vitest";
import { createAcceptToken } from "../assignments/accept-token";
import { createBookingToken, verifyBookingToken } from "./booking-token";

const secret = "s".repeat(32);
const now = new Date("2026-03-02T12:00:00Z");
const later = new Date("2026-03-09T12:00:00Z");

describe("booking tokens", () => {
  it("round-trips kind and id", () => {
    expect(verifyBookingToken(createBookingToken("book", "lead_1", later, secret), secret, now)).toEqual({ ok: true, kind: "book", id: "lead_1", expiresAt: later });
  });
  it.each([
    ["expired", createBookingToken("book", "lead_1", now, secret), "expired"],
    ["another secret", createBookingToken("book", "lead_1", later, "t".repeat(32)), "bad_signature"],
    ["an accept token", createAcceptToken("lead_1", later, secret), "bad_signature"],
    ["garbage", "abc", "malformed"],
    ["a changed payload", createBookingToken("book", "lead_1", later, secret).replace(/^[^.]+/, Buffer.from("manage.lead_1.1999999999").toString("base64url")), "bad_signature"],
  ])("refuses %s", (_, token, reason) => {
    expect(verifyBookingToken(token, secret, now)).toEqual({ ok: false, reason });
  });
});
