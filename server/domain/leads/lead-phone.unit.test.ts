import { describe, expect, it } from "vitest";
import { leadPhone, leadPhoneOf, phoneAnswerKeys, telHref } from "./lead-phone";

describe("leadPhone", () => {
  const phoneAnswer = (value: unknown) => ({ type: "phone", value });
  it.each<[string, string | null | undefined, { key?: string; type: string; value: unknown }[], string | null]>([
    ["the person's phone (an API key's person.phone)", "+15550100", [], "+15550100"],
    ["this lead's phone answer wins over the person's", "+15550100", [phoneAnswer("+44 20 7946 0018")], "+44 20 7946 0018"],
    ["the first answered phone question", null, [phoneAnswer(""), phoneAnswer(" 030 1234567 "), phoneAnswer("+1 555")], "030 1234567"],
    ["a blank answer falls back to the person's", " +15550100 ", [phoneAnswer("   ")], "+15550100"],
    ["an answer that is not a phone question is not a phone", null, [{ type: "short_text", value: "+15550100" }], null],
    ["a phone answer that is not text is skipped", null, [phoneAnswer(5550100)], null],
    ["neither", null, [], null],
    ["a blank person phone", "  ", [], null],
    ["a form-less lead's answer keyed phone (no question labels it)", "+15550100", [{ key: "phone", type: "unknown", value: "+1 555 0199" }], "+1 555 0199"],
    ["a phone question wins over an unlabelled phone answer", null, [{ key: "phone", type: "unknown", value: "+1 555 0199" }, phoneAnswer("030 1")], "030 1"],
    ["a question keyed phone that is not a phone question", null, [{ key: "phone", type: "short_text", value: "+1 555 0199" }], null],
    ["an unlabelled answer with another key", null, [{ key: "mobile", type: "unknown", value: "+1 555 0199" }], null],
  ])("%s", (_what, personPhone, answers, expected) => {
    expect(leadPhone(personPhone, answers)).toBe(expected);
  });
});

describe("telHref", () => {
  it.each<[string, string | null]>([
    ["+1 (555) 010-0199", "tel:+15550100199"],
    ["+15550100", "tel:+15550100"],
    ["030 1234567", "tel:0301234567"],
    ["030 1234567 ext. 12", "tel:0301234567;ext=12"],
    ["+44 20 7946 0018 x7", "tel:+442079460018;ext=7"],
    ["555-0100 #3", "tel:5550100;ext=3"],
    ["12", null],
    ["call me maybe", null],
    ["555-CALL-NOW", null],
    ["1".repeat(21), null],
    ["  +49 (0)30 123  ", "tel:+49030123"],
    ["javascript:alert(1)//5550100", null],
  ])("%s → %s", (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });
});

describe("leadPhoneOf (stored answers and the version's definition)", () => {
  const definition = { steps: [{ fields: [{ key: "email", type: "email" }, { key: "mobile", type: "phone" }] }, { fields: [{ key: "office", type: "phone" }] }] };
  it.each<[string, string | null, typeof definition | null, unknown, string | null]>([
    ["the first answered phone question, in the form's order", null, definition, { office: "030 1", mobile: "+1 555" }, "+1 555"],
    ["a later one when the first is blank", null, definition, { mobile: " ", office: "030 1234567" }, "030 1234567"],
    ["the person's when none answered", "+15550100", definition, { email: "a@b.co" }, "+15550100"],
    ["a key that is no phone question is not a phone", null, { steps: [{ fields: [{ key: "mobile", type: "short_text" }] }] }, { mobile: "+1 555" }, null],
    ["no definition (a form-less lead), no phone answer: the person's", "+15550100", null, { mobile: "+1 555" }, "+15550100"],
    ["no definition (a form-less lead): its phone answer", "+15550100", null, { phone: " +1 555 0199 " }, "+1 555 0199"],
    ["a form's question keyed phone that is short text is not a phone", null, { steps: [{ fields: [{ key: "phone", type: "short_text" }] }] }, { phone: "+1 555" }, null],
    ["answers that are not an object", "+15550100", definition, ["+1 555"], "+15550100"],
  ])("%s", (_what, personPhone, def, answers, expected) => {
    expect(leadPhoneOf(personPhone, def, answers)).toBe(expected);
  });
});

describe("phoneAnswerKeys (what the inbox reads of each lead's answers)", () => {
  it.each<[string, { steps: { fields: { key: string; type: string }[] }[] } | null, string[]]>([
    ["a form-less lead: phone", null, ["phone"]],
    ["phone questions in order, then phone", { steps: [{ fields: [{ key: "mobile", type: "phone" }] }, { fields: [{ key: "office", type: "phone" }] }] }, ["mobile", "office", "phone"]],
    ["a question that owns the key phone", { steps: [{ fields: [{ key: "phone", type: "phone" }] }] }, ["phone"]],
    ["a short-text question keyed phone", { steps: [{ fields: [{ key: "phone", type: "short_text" }] }] }, []],
  ])("%s", (_what, definition, expected) => {
    expect(phoneAnswerKeys(definition)).toEqual(expected);
  });
});
