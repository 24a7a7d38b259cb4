// The inbox row's contact line: the email (when the row's name is a name), the phone as a tel: link
// built from its digits only; nothing when neither. Rendered as text.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InboxContact } from "./inbox-row";

const render = (email: string | null, phone: string | null) => renderToStaticMarkup(createElement(InboxContact, { item: { email, phone } }));
const LINE = '<p class="mt-0.5 break-words text-sm text-slate-600">';

describe("InboxContact", () => {
  it.each<[string, string | null, string | null, string]>([
    ["email and phone", "iris@bank.com", "+1 555 010 0199", `${LINE}iris@bank.com · <a href="tel:+15550100199" class="text-brand-600 hover:underline">+1 555 010 0199</a></p>`],
    ["email only", "iris@bank.com", null, `${LINE}iris@bank.com</p>`],
    ["phone only", null, "030 1234567", `${LINE}<a href="tel:0301234567" class="text-brand-600 hover:underline">030 1234567</a></p>`],
    ["a number that cannot be dialled is text", null, "ask reception", `${LINE}ask reception</p>`],
    ["neither", null, null, ""],
    ["hostile text stays text", "<b>x</b>@y.com", null, `${LINE}&lt;b&gt;x&lt;/b&gt;@y.com</p>`],
  ])("%s", (_what, email, phone, expected) => {
    expect(render(email, phone)).toBe(expected);
  });
});
