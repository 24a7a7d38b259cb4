import { describe, expect, it } from "vitest";
import { maskAddress } from "./mask-address";

describe("maskAddress", () => {
  it.each([
    ["jane.doe@acme.com", "j***@acme.com"],
    ["j@acme.com", "j***@acme.com"],
    ["  Sam@Tiny.IO ", "S***@tiny.io"],
    ["odd@name@example.org", "o***@example.org"],
    ["no-at-sign", "***"],
    ["@acme.com", "***"],
    ["jane@", "***"],
    ["", "***"],
  ])("%j → %j", (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });

  it("does not tell the mailbox's length", () => {
    expect(maskAddress("a@x.io").length).toBe(maskAddress("averyveryverylongname@x.io").length);
  });
});
