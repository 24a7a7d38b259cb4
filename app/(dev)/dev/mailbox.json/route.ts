// GET /dev/mailbox.json: the dev mailbox for scripts — the newest 200 emails with recipients,
// subject, text and attachment names (and, with ?attachments=1, their text content). Exists only
// where the dev mailbox does (development without a mail transport); 404 otherwise.
import { getDb } from "@/server/db/client";
import { attachmentsOf } from "@/server/mail/deliver-email";
import { isDevMailboxEnabled } from "@/server/mail/mail-config";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  if (!isDevMailboxEnabled()) return new Response("Not found", { status: 404 });
  const withContent = new URL(request.url).searchParams.get("attachments") === "1";
  const emails = await (await getDb()).emailMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, to: true, subject: true, text: true, template: true, status: true, createdAt: true, attachments: true },
  });
  const messages = emails.map(({ attachments, createdAt, ...email }) => ({
    ...email,
    createdAt: createdAt.toISOString(),
    attachments: attachmentsOf(attachments).map((a) => ({ filename: a.filename, contentType: a.contentType, ...(withContent ? { content: a.content } : {}) })),
  }));
  return Response.json({ messages }, { headers: { "cache-control": "no-store" } });
}
