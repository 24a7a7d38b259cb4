// Dev mailbox: every email the app "sent" while no RESEND_API_KEY is configured (a local mail
// catcher like MailHog). No sign-in by design: it exists only without a real mail provider.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db/client";
import { isDevMailboxEnabled } from "@/server/mail/mail-config";

export const dynamic = "force-dynamic";
export const metadata = { title: "Dev mailbox" };

const STATUS_CLASSES = {
  QUEUED: "bg-amber-100 text-amber-800",
  SENT: "bg-emerald-100 text-emerald-800",
  FAILED: "bg-red-100 text-red-800",
  SKIPPED: "bg-slate-100 text-slate-700",
} as const;

export default async function DevMailboxPage() {
  if (!isDevMailboxEnabled()) notFound();
  const db = await getDb();
  const emails = await db.emailMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, subject: true, to: true, template: true, status: true, createdAt: true },
  });
  return (
    <main className="mx-auto max-w-5xl px-4 py-10">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Dev mailbox</h1>
        <p className="mt-1 text-sm text-slate-600">
          Emails are not delivered in development (no RESEND_API_KEY): they land here. Newest first; times are UTC.
        </p>
      </header>
      {emails.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-500">No emails yet.</p>
      ) : (
        <ul aria-label="Emails" className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`/dev/mailbox/${email.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 hover:bg-slate-50">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-slate-900">{email.subject}</span>
                  <span className="block truncate text-sm text-slate-500">To {email.to.join(", ")}</span>
                </span>
                <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-600">{email.template}</span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_CLASSES[email.status]}`}>{email.status.toLowerCase()}</span>
                <time dateTime={email.createdAt.toISOString()} className="whitespace-nowrap text-sm text-slate-500">
                  {email.createdAt.toISOString().slice(0, 19).replace("T", " ")}
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
