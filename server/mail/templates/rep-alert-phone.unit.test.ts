// The rep alert's who line carries the number to call, after the email (speed-to-lead is often a call).
import { describe, expect, it } from "vitest";
import { renderEmail } from "../render-email";
import type { TRepAlertProps } from "./rep-alert";

const props: TRepAlertProps = {
  repName: "Maya",
  workspaceName: "Acme",
  lead: { name: "Iris Ito", email: "iris@bank.com", company: "First Bank", tierLabel: "Hot", score: 80, estimatedValue: null },
  dimensions: [],
  breakdown: [],
  reasons: ["Inbound path"],
  answers: [],
  acceptUrl: "https://app.example.com/accept/t",
  leadUrl: "https://app.example.com/leads/l",
  acceptBy: null,
  isProvisional: false,
};

describe("the rep alert's who line", () => {
  it.each<[string, string | null | undefined, RegExp]>([
    ["with a phone", "+1 555 010 0199", /Iris Ito\*{0,2} · iris@bank\.com · \+1 555 010 0199 · First Bank$/],
    ["without (null)", null, /Iris Ito\*{0,2} · iris@bank\.com · First Bank$/],
    ["without (absent)", undefined, /Iris Ito\*{0,2} · iris@bank\.com · First Bank$/],
  ])("%s", async (_what, phone, expected) => {
    const { text } = await renderEmail({ name: "rep-alert", props: { ...props, lead: { ...props.lead, phone } } });
    const who = text.replace(/\u00a0/g, " ").split("\n").find((l) => l.includes("Iris Ito"));
    expect(who).toMatch(expected);
  });
});
