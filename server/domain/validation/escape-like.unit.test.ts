import { describe, expect, it } from "vitest";
import { escapeLike } from "./escape-like";

describe("escapeLike", () => {
  it.each([
    ["%", "\\%"],
    ["_", "\\_"],
    ["\\", "\\\\"],
    ["zoe%bigbank", "zoe\\%bigbank"],
    ["first_name", "first\\_name"],
    ["100%_\\x", "100\\%\\_\\\\x"],
    ["\\%", "\\\\\\%"], // an escape typed by the user is matched literally too
    ["plain text", "plain text"],
    ["o'brien@bank.com", "o'brien@bank.com"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(escapeLike(input)).toBe(expected));
});
