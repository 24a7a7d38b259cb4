// A plain <a>, not next/link: this boundary is part of every page's first load (the hosted form
// page included), and next/link would add ~3 KB gzipped to each of them for one rare link.
export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-slate-600">Your role in this workspace does not allow it. Ask an admin if you need access.</p>
      <a href="/dashboard" className="mt-6 inline-block text-brand-600 underline">Back to the dashboard</a>
    </main>
  );
}
