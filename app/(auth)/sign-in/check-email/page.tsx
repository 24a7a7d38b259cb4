import Link from "next/link";
import { isDevMailboxEnabled } from "@/server/mail/mail-config";

export const dynamic = "force-dynamic";
export const metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Check your email</h1>
      <p className="text-sm text-slate-600">
        If {email ? <strong>{email}</strong> : "that address"} belongs to an account, a sign-in link is on its way. It works once and expires in 24 hours.
      </p>
      {isDevMailboxEnabled() && (
        <p className="text-sm">
          <Link className="text-brand-600 underline" href="/dev/mailbox">Open the dev mailbox</Link> to follow the link.
        </p>
      )}
      <Link className="text-sm text-slate-500 underline" href="/sign-in">Back to sign in</Link>
    </div>
  );
}
