// Any unknown address, and any record the caller may not see (another workspace's lead or team is
// answered like one that does not exist). Seen by members and by prospects (a form link that was
// taken down), so it names no workspace. A plain <a>, not next/link: this boundary is part of every
// page's first load, the hosted form page's included (see forbidden.tsx).
export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-600">The link may be mistyped, or what it pointed to was taken down or is not shared with you.</p>
      <a href="/dashboard" className="mt-6 inline-block text-sm text-brand-600 underline">Go to the dashboard</a>
    </main>
  );
}
