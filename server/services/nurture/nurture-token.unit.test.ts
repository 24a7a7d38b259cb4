import { describe, expect, it } from "vitest";
import { createNurtureToken, verifyNurtureToken } from "./nurture-token";

const SECRET = "s".repeat(40);
const token = createNurtureToken({ kind: "c", sendId: "send1", index: 2 }, SECRET);

describe("verifyNurtureToken", () => {
  it.each([
    ["the token", token, { kind: "c", sendId: "send1", index: 2 }],
    // The plain-text email puts a link before a full stop; mail clients take it into the link (it was a 404).
    ["with a full stop after it", `${token}.`, { kind: "c", sendId: "send1", index: 2 }],
    ["with a closing bracket and comma", `${token}),`, { kind: "c", sendId: "send1", index: 2 }],
    ["with a letter added", `${token}x`, null],
    ["signed with another secret", createNurtureToken({ kind: "u", sendId: "send1" }, "t".repeat(40)), null],
    ["nothing but punctuation", "...", null],
  ])("%s", (_name, given, expected) => expect(verifyNurtureToken(given, SECRET)).toEqual(expected));
});
