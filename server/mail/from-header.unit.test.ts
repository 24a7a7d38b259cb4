// The From of an email sent for a workspace: its name as the display name over MAIL_FROM's address,
// quoted, with no way to break out of the header (CR/LF) or of the quoted-string (quotes, backslashes).
import { describe, expect, it } from "vitest";
import { cleanDisplayName, fromHeaderFor, MAX_DISPLAY_NAME_LENGTH, parseMailbox } from "./from-header";

const PLATFORM = "Switchboard <notifications@acme.example>";

describe("fromHeaderFor", () => {
  it.each<[string, string, string | null | undefined, string]>([
    ["no sender: the configured From as it is", PLATFORM, null, PLATFORM],
    ["blank sender: the configured From", PLATFORM, "  \r\n ", PLATFORM],
    ["a workspace via the platform", PLATFORM, "Acme", '"Acme via Switchboard" <notifications@acme.example>'],
    ["a bare configured address: the workspace alone", "notifications@acme.example", "Acme", '"Acme" <notifications@acme.example>'],
    ["the configured name is the workspace's: no 'via'", "Acme <hello@acme.example>", "acme", '"acme" <hello@acme.example>'],
    ["a quoted configured name", '"Switch, Inc." <n@x.example>', "Acme", '"Acme via Switch, Inc." <n@x.example>'],
    ["quotes and backslashes escaped", PLATFORM, 'Acme "Best" \\ Co', '"Acme \\"Best\\" \\\\ Co via Switchboard" <notifications@acme.example>'],
    ["CR/LF cannot start a header", PLATFORM, "Acme\r\nBcc: victim@evil.example", '"Acme Bcc: victim@evil.example via Switchboard" <notifications@acme.example>'],
    ["angle brackets and @ stay inside the quotes", PLATFORM, "<script>alert(1)</script> x@evil.example", '"<script>alert(1)</script> x@evil.example via Switchboard" <notifications@acme.example>'],
    ["tabs, NUL and line separators become spaces", PLATFORM, "A\tc\u0000m\u2028e", '"A c m e via Switchboard" <notifications@acme.example>'],
    ["non-ASCII kept (the transport encodes it)", PLATFORM, "Müller & Söhne", '"Müller & Söhne via Switchboard" <notifications@acme.example>'],
  ])("%s", (_, configured, sender, expected) => {
    expect(fromHeaderFor(configured, sender)).toBe(expected);
  });

  it("cuts a very long name, keeping the address and the 'via'", () => {
    const from = fromHeaderFor(PLATFORM, "A".repeat(300));
    const display = /^"(.*)" <notifications@acme\.example>$/.exec(from)?.[1] ?? "";
    expect(display.endsWith("… via Switchboard")).toBe(true);
    expect(Array.from(display).length).toBeLessThanOrEqual(MAX_DISPLAY_NAME_LENGTH);
  });

  it("never yields a line break or an unescaped quote in the display name, whatever the name", () => {
    const hostile = ['"', '\\"', "\r", "\n", "\r\n", '"\r\nTo: x@y', "\\", "a\"b\\\"c", "\u0085"];
    for (const name of hostile) {
      const from = fromHeaderFor(PLATFORM, `Acme${name}Co`);
      expect(from).not.toMatch(/[\r\n\u0085]/);
      const inner = /^"(.*)" <[^<>]+>$/.exec(from)?.[1];
      expect(inner, from).toBeDefined();
      // Every quote inside is escaped: removing escaped pairs leaves no quote.
      expect(inner!.replace(/\\./g, "")).not.toContain('"');
    }
  });
});

describe("parseMailbox / cleanDisplayName", () => {
  it.each<[string, { name: string; address: string }]>([
    ["Switchboard <n@x.example>", { name: "Switchboard", address: "n@x.example" }],
    ['"Switch, \\"Inc\\"" <n@x.example>', { name: 'Switch, "Inc"', address: "n@x.example" }],
    ["n@x.example", { name: "", address: "n@x.example" }],
    ["  <n@x.example> ", { name: "", address: "n@x.example" }],
  ])("%s", (from, expected) => expect(parseMailbox(from)).toEqual(expected));

  it.each([
    ["  Acme   Co ", "Acme Co"],
    ["Acme\r\n\r\nCo", "Acme Co"],
    ["\u0007", ""],
  ])("%j → %j", (name, expected) => expect(cleanDisplayName(name)).toBe(expected));
});
