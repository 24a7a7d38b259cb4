import { describe, expect, it } from "vitest";
import { emailDomain, isFreeEmail, isFreeEmailDomain } from "./email-domain";

describe("emailDomain", () => {
  it.each<[string, string | null]>([
    ["ann@acme.io", "acme.io"],
    ["  Ann@ACME.IO ", "acme.io"],
    ["first.last+tag@mail.example.co.uk", "mail.example.co.uk"],
    ["no-at-sign.com", null],
    ["two@@acme.io", null],
    ["ann@localhost", null],
    ["ann@acme.", null],
    ["ann smith@acme.io", null],
    ["@acme.io", null],
    ["", null],
  ])("%j → %j", (email, expected) => expect(emailDomain(email)).toBe(expected));
});

describe("isFreeEmailDomain", () => {
  it.each<[string, boolean]>([
    ["gmail.com", true],
    ["GMAIL.COM", true],
    [" outlook.com ", true],
    ["yahoo.com.", true],
    ["proton.me", true],
    ["icloud.com", true],
    ["mailinator.com", true],
    ["acme.io", false],
    ["google.com", false],
    ["sub.acme.gmail-but-not.com", false],
    ["", false],
  ])("%j → %s", (domain, expected) => expect(isFreeEmailDomain(domain)).toBe(expected));
});

describe("isFreeEmail", () => {
  it.each<[string, boolean]>([
    ["ann@gmail.com", true],
    ["Ann@Hotmail.com", true],
    ["ann@acme.io", false],
    ["gmail.com", false],
    ["", false],
  ])("%j → %s", (email, expected) => expect(isFreeEmail(email)).toBe(expected));
});
