// The demo workspace's nurture: a published default sequence ("Getting started"), so the demo's
// small-company leads (the nurture path names no sequence) are enrolled out of the box.
import type { TSequenceDefinition } from "../../server/domain/nurture/sequence-definition";

export const DEMO_NURTURE_SEQUENCE: { name: string; definition: TSequenceDefinition } = {
  name: "Getting started",
  definition: {
    steps: [
      {
        id: "welcome",
        type: "email",
        subject: "Your lead routing starter guide, {{first_name}}",
        body: "Hi {{first_name}},\n\nThanks for looking at Switchboard for **{{company}}**. Here is our short guide to routing your first leads: [read the starter guide](https://switchboard.dev/guides/starter).\n\n— {{rep.name}}",
      },
      { id: "wait-3", type: "wait", amount: 3, unit: "business_days", sendAtHour: 9 },
      {
        id: "examples",
        type: "email",
        subject: "How small teams answer every lead in 5 minutes",
        body: "Hi {{first_name}},\n\nThree practical examples from teams your size:\n\n- round robin that stays fair\n- alerts with the reason\n- booking before the prospect leaves\n\n[See the examples](https://switchboard.dev/examples). Ready to talk? Reply to this email.",
      },
      { id: "end", type: "end" },
    ],
  },
};

export const DEMO_NURTURE_POSTAL_ADDRESS = "Demo Co · 100 Market Street · San Francisco, CA 94105";
