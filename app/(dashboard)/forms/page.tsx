// The workspace's forms: search by name or address (?q=), status and last publish, links to the
// editor, preview, share and version pages. Form editors (owner, admin, marketer) also create,
// rename, duplicate and archive; the server checks the role again. On a phone the search field
// shrinks (min-w-0) so the search form stays inside its card's header.
import { IntentLink } from "@/components/ui/intent-link";
import { FormsTable } from "@/components/forms/forms-table";
import { NewFormForm } from "@/components/forms/new-form-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole } from "@/server/domain/auth/roles";
import { FORM_EDITOR_ROLES } from "@/server/domain/forms/form-roles";
import { listForms } from "@/server/services/forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Forms" };

export default async function FormsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspace } = await requireMember();
  const params = await searchParams;
  const search = (typeof params.q === "string" ? params.q : "").trim().slice(0, 120);
  const forms = await listForms(await getDb(), workspace.id, { search });
  const canEdit = hasRole(workspace.role, FORM_EDITOR_ROLES);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Forms"
        description={canEdit ? "Build lead forms, publish them and share their link." : "Lead forms of this workspace. Only owners, admins and marketers can change them."}
      />
      {canEdit && (
        <Card title="New form">
          <NewFormForm />
        </Card>
      )}
      <Card
        title={search ? `Forms matching “${search}” (${forms.length})` : `Forms (${forms.length})`}
        actions={
          <form method="get" role="search" className="flex min-w-0 items-center gap-2">
            <label htmlFor="forms-search" className="sr-only">Search forms by name or address</label>
            <Input id="forms-search" type="search" name="q" defaultValue={search} placeholder="Name or address" className="w-56 min-w-0 shrink" />
            <button type="submit" className={buttonClasses("secondary")}>Search</button>
            {search && <IntentLink href="/forms" className="text-sm text-brand-700 hover:underline">Clear</IntentLink>}
          </form>
        }
      >
        {forms.length === 0 ? (
          <p className="text-sm text-slate-500">{search ? "No form matches this search." : "No forms yet."}</p>
        ) : (
          <FormsTable forms={forms} canEdit={canEdit} />
        )}
      </Card>
    </div>
  );
}
