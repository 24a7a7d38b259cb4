import { describe, expect, it } from "vitest";
import { decryptSecret, deriveCalendarKey, encryptSecret } from "./calendar-secret";

const key = deriveCalendarKey("a-development-key-of-at-least-32-chars!!");
const otherKey = deriveCalendarKey("another-key-of-at-least-32-characters!!!");

describe("calendar secrets at rest", () => {
  it("round-trips, and the stored form never contains the secret", () => {
    const stored = encryptSecret(key, "app-password-123", "conn_1");
    expect(stored).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored).not.toContain("app-password");
    expect(decryptSecret(key, stored, "conn_1")).toBe("app-password-123");
    expect(encryptSecret(key, "app-password-123", "conn_1")).not.toBe(stored); // fresh IV each time
  });

  it.each([
    ["another key", () => decryptSecret(otherKey, encryptSecret(key, "s", "conn_1"), "conn_1")],
    ["another connection (copied row)", () => decryptSecret(key, encryptSecret(key, "s", "conn_1"), "conn_2")],
    ["a tampered ciphertext", () => decryptSecret(key, encryptSecret(key, "secret", "c").replace(/.$/, (c) => (c === "A" ? "B" : "A")), "c")],
    ["garbage", () => decryptSecret(key, "plain text", "c")],
  ])("attack: %s does not open", (_name, open) => {
    expect(open).toThrow();
  });
});
