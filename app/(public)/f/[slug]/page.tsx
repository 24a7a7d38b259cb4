// The hosted form page /f/<slug>: the published version, first step rendered on the server,
// prefill and hidden values (UTM …) taken from the URL.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HostedForm } from "@/components/form-renderer/hosted-form";
import { prefillFromParams, type TUrlParams } from "@/components/form-renderer/prefill";
import { getDb } from "@/server/db/client";
import { matchRe2Pattern } from "@/server/domain/forms/re2-pattern";
import { getPublishedForm } from "@/server/services/forms/published-form";

export const dynamic = "force-dynamic";

interface TPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<TUrlParams>;
}

const loadForm = cache(async (slug: string) => getPublishedForm(await getDb(), slug));

export async function generateMetadata({ params }: TPageProps): Promise<Metadata> {
  const published = await loadForm((await params).slug);
  if (!published) return { title: { absolute: "Form not found" } };
  return { title: { absolute: published.version.definition.title }, description: published.version.definition.description };
}

export default async function HostedFormPage({ params, searchParams }: TPageProps) {
  const published = await loadForm((await params).slug);
  if (!published) notFound();
  const { form, version } = published;
  const { definition } = version;
  return (
    <main className="min-h-screen px-4 py-6 sm:py-12">
      <div className="mx-auto w-full max-w-xl">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <header className="mb-6">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{definition.title}</h1>
            {definition.description && <p className="mt-2 whitespace-pre-line text-sm text-slate-600">{definition.description}</p>}
          </header>
          <HostedForm slug={form.slug} version={version.version} definition={definition} prefill={prefillFromParams(definition, await searchParams, matchRe2Pattern)} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-400">Powered by Switchboard</p>
      </div>
    </main>
  );
}
