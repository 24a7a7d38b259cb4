// One email of the dev mailbox: headers, the HTML part in a sandboxed iframe (no scripts, no
// navigation), the text part, and its links as real anchors outside the iframe so they can be
// followed (e.g. the sign-in link in an end-to-end test).
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db/client";
import { attachmentsOf } from "@/server/mail/deliver-email";
import { labelledLinks, linkifyText } from "@/server/mail/linkify-text";
import { isDevMailboxEnabled } from "@/server/mail/mail-config";

export const dynamic = "force-dynamic";
export const metadata = { title: "Dev mailbox" };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-3 text-sm">
      <dt className="w-20 shrink-0 text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

export default async function DevMailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!isDevMailboxEnabled()) notFound();
  const { id } = await params;
  const email = await (await getDb()).emailMessage.findUnique({ where: { id } });
  if (!email) notFound();
  const links = labelledLinks(email.text);
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-10">
      <Link href="/dev/mailbox" className="text-sm text-slate-600 hover:text-slate-900">← All emails</Link>
      <header className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold text-slate-900">{email.subject}</h1>
        <dl className="space-y-1">
          <Field label="From">{email.from}</Field>
          <Field label="To">{email.to.join(", ")}</Field>
          <Field label="Template">{email.template}</Field>
          <Field label="Status">
            {email.status.toLowerCase()} · {email.attempts} attempt(s){email.lastError ? ` · last error: ${email.lastError}` : ""}
          </Field>
          {attachmentsOf(email.attachments).length > 0 && (
            <Field label="Attached">{attachmentsOf(email.attachments).map((a) => a.filename).join(", ")}</Field>
          )}
          <Field label="Date">{email.createdAt.toISOString().slice(0, 19).replace("T", " ")} UTC</Field>
        </dl>
      </header>
      {links.length > 0 && (
        <section aria-labelledby="links-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="links-heading" className="mb-2 text-sm font-semibold text-slate-900">Links in this email</h2>
          <ul className="space-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href} className="break-all">
                <a href={link.href} className="font-medium text-indigo-600 underline hover:text-indigo-800">{link.label ?? link.href}</a>
                {link.label && <span className="ml-2 text-slate-400">{link.href}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="html-heading">
        <h2 id="html-heading" className="mb-2 text-sm font-semibold text-slate-900">HTML</h2>
        <iframe
          sandbox=""
          srcDoc={email.html}
          title="HTML version of the email"
          className="h-[560px] w-full rounded-lg border border-slate-200 bg-white"
        />
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="mb-2 text-sm font-semibold text-slate-900">Plain text</h2>
        <pre aria-label="Plain text version" className="overflow-x-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-5 text-sm text-slate-800">
          {linkifyText(email.text).map((part, i) =>
            part.kind === "link" ? (
              <a key={i} href={part.href} className="text-indigo-600 underline">{part.href}</a>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </pre>
      </section>
    </main>
  );
}
