import Link from "next/link";
import { redirect } from "next/navigation";
import { MagicLinkForm, PasswordSignInForm } from "@/components/auth/sign-in-forms";
import { getSessionUser } from "@/server/auth/session";
import { safeCallbackPath } from "@/server/domain/auth/safe-callback";
import { isDevMailboxEnabled } from "@/server/mail/mail-config";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Request a new one.",
  AccessDenied: "That account cannot sign in here.",
  NoWorkspace: "Your account is not a member of any workspace. Ask an admin for an invite.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const { error, callbackUrl } = await searchParams;
  if (!error && (await getSessionUser())) redirect("/dashboard");
  const target = safeCallbackPath(callbackUrl) ?? undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Sign in</h1>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700">
          {ERRORS[error] ?? "Sign-in failed. Please try again."}
        </p>
      )}
      <PasswordSignInForm callbackUrl={target} />
      <div className="flex items-center gap-3 text-xs uppercase text-slate-400">
        <span className="h-px flex-1 bg-slate-200" /> or <span className="h-px flex-1 bg-slate-200" />
      </div>
      <MagicLinkForm callbackUrl={target} />
      {isDevMailboxEnabled() && (
        <p className="text-center text-sm text-slate-500">
          Emails are not sent in development: open the <Link className="text-brand-600 underline" href="/dev/mailbox">dev mailbox</Link>.
        </p>
      )}
    </div>
  );
}
