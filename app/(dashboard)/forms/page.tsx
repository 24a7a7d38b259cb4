// The workspace's forms (read-only until the editor lands): status, version, leads, links.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";

export const dynamic = "force-dynamic";
export const metadata = { title: "Forms" };

const STATUS_TONES = { PUBLISHED: "green", DRAFT: "amber", ARCHIVED: "gray" } as const;
const LINK = "font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 rounded-sm";

export default async function FormsPage() {
  const { workspace } = await requireMember();
  const db = await getDb();
  const forms = await db.form.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, slug: true, status: true, currentVersion: { select: { version: true } }, _count: { select: { leads: true } } },
  });
  return (
    <div className="space-y-6">
      <PageHeader title="Forms" description="Lead forms of this workspace: open the hosted page, or preview a draft with its live score." />
      <Card title={`Forms (${forms.length})`}>
        {forms.length === 0 ? (
          <p className="text-sm text-slate-500">No forms yet.</p>
        ) : (
          <div className="-mx-5 -my-5 overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-5 py-2.5">Name</th>
                  <th scope="col" className="px-5 py-2.5">Slug</th>
                  <th scope="col" className="px-5 py-2.5">Status</th>
                  <th scope="col" className="px-5 py-2.5 text-right">Version</th>
                  <th scope="col" className="px-5 py-2.5 text-right">Leads</th>
                  <th scope="col" className="px-5 py-2.5"><span className="sr-only">Links</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {forms.map((form) => (
                  <tr key={form.id} data-testid={`form-row-${form.slug}`}>
                    <th scope="row" className="px-5 py-3 text-left font-medium text-slate-900">{form.name}</th>
                    <td className="px-5 py-3 font-mono text-xs text-slate-600">{form.slug}</td>
                    <td className="px-5 py-3"><Badge tone={STATUS_TONES[form.status]}>{form.status.toLowerCase()}</Badge></td>
                    <td className="px-5 py-3 text-right tabular-nums">{form.currentVersion ? `v${form.currentVersion.version}` : "—"}</td>
                    <td className="px-5 py-3 text-right tabular-nums">{form._count.leads}</td>
                    <td className="px-5 py-3">
                      <div className="flex flex-wrap justify-end gap-x-4 gap-y-1 whitespace-nowrap">
                        {form.status === "PUBLISHED" && form.currentVersion ? (
                          <a href={`/f/${form.slug}`} target="_blank" rel="noopener" className={LINK}>Open hosted page</a>
                        ) : (
                          <span className="text-slate-400">Not published</span>
                        )}
                        <Link href={`/forms/${form.id}/preview`} className={LINK}>Preview with live score</Link>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
