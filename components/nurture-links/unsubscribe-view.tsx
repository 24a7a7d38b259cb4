// The unsubscribe link's page (app/(public)/n/u/[token]/confirm): the look of the other public
// pages (one white card, readable at 390 px). The workspace name and the address are rendered as
// text. The button POSTs (a server action); the page only reads.
import type { ReactNode } from "react";
import { mergedButtonClasses } from "@/components/ui/button";
import type { TUnsubscribeView } from "@/server/services/nurture/unsubscribe-link";

function Shell({ brand, children }: { brand: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-10 sm:items-center sm:py-12">
      <div className="w-full max-w-md">
        {brand ? <p className="mb-6 text-center text-2xl font-bold tracking-tight break-words text-brand-700">{brand}</p> : null}
        <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
      </div>
    </main>
  );
}

/** "Demo Co’s emails", or "these emails" for a workspace without a name. */
function whoseEmails(workspaceName: string): string {
  return workspaceName ? `${workspaceName}’s emails` : "these emails";
}

export function UnsubscribeView({ view, isJustDone, action, token }: { view: TUnsubscribeView; isJustDone: boolean; action: (form: FormData) => Promise<void>; token: string }) {
  if (view.state === "invalid") {
    return (
      <Shell brand="">
        <h1 className="text-xl font-semibold">This unsubscribe link is not valid</h1>
        <p className="text-sm text-slate-600">Check that you opened the whole link from the email.</p>
      </Shell>
    );
  }
  const address = <span className="font-medium break-all text-slate-900">{view.maskedAddress}</span>;
  if (view.state === "unsubscribed") {
    return (
      <Shell brand={view.workspaceName}>
        <h1 className="text-xl font-semibold">{isJustDone ? "You are unsubscribed" : "Already unsubscribed"}</h1>
        <p className="text-sm text-slate-600">
          {isJustDone ? "No more of " : "This address is already off the list: no more of "}
          {whoseEmails(view.workspaceName)} go to {address}.
        </p>
        <p className="text-sm text-slate-500">There is nothing more to do. You can close this page.</p>
      </Shell>
    );
  }
  return (
    <Shell brand={view.workspaceName}>
      <h1 className="text-xl font-semibold break-words">Stop {whoseEmails(view.workspaceName)} to {view.maskedAddress}?</h1>
      <p className="text-sm text-slate-600">
        You will not receive any more of these emails at {address}. Opening this page changes nothing until you press the button.
      </p>
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={mergedButtonClasses("primary", "w-full sm:w-auto")}>Unsubscribe</button>
      </form>
    </Shell>
  );
}
