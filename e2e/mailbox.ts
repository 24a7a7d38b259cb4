// Mail in e2e: the production build cannot show a dev mailbox, so the harness (server/cli/e2e.ts)
// runs an SMTP capture server, points the app at it (MAIL_TRANSPORT=smtp) and serves what it
// captured as JSON at E2E_MAILBOX_URL. Tests wait for a message (state), never for time.
import { expect } from "@playwright/test";
import type { TCapturedMail } from "../server/testing/smtp-capture-server";

export type { TCapturedMail };

function mailboxUrl(): string {
  const url = process.env.E2E_MAILBOX_URL;
  if (!url) throw new Error("E2E_MAILBOX_URL is not set: run the e2e tests through `npm run test:e2e`");
  return url;
}

/** Every message the capture server accepted so far, oldest first. */
export async function listMail(): Promise<TCapturedMail[]> {
  const response = await fetch(`${mailboxUrl()}/messages`);
  if (!response.ok) throw new Error(`mailbox answered ${response.status}`);
  return ((await response.json()) as { messages: TCapturedMail[] }).messages;
}

export async function mailTo(address: string): Promise<TCapturedMail[]> {
  return (await listMail()).filter((m) => m.to.includes(address.toLowerCase()));
}

/** Waits until a message to `address` (with a subject matching `subject`, when given) has arrived. */
export async function waitForMail(address: string, subject?: RegExp): Promise<TCapturedMail> {
  let found: TCapturedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(address)).reverse().find((m) => !subject || subject.test(m.subject));
        return Boolean(found);
      },
      { message: `an email to ${address}${subject ? ` matching ${subject}` : ""}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The first http(s) link of the message's text part that contains `fragment`. */
export function linkIn(mail: TCapturedMail, fragment: string): string {
  const link = (mail.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? []).find((href) => href.includes(fragment));
  if (!link) throw new Error(`no link containing "${fragment}" in "${mail.subject}":\n${mail.text}`);
  return link;
}
