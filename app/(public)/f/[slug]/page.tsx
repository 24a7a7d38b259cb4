// The hosted form page /f/<slug>: the published version, first step rendered on the server,
// prefill and hidden values (UTM …) taken from the URL. With ?embed=1 (embed.js's iframe) it is
// chromeless — no card, no footer, white or (sb_bg=transparent) no background — and talks to
// the host page only when the host origin it was given is one of the form's allowed origins —
// its height from the first paint on (an inline script), the rest once the page's code is there.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { earlyHeightScript } from "@/components/form-renderer/embed-early-height";
import { HostedForm } from "@/components/form-renderer/hosted-form";
import { prefillFromParams, type TUrlParams } from "@/components/form-renderer/prefill";
import { ReturnVisitBeacon } from "@/components/form-renderer/return-visit-beacon";
import { getDb } from "@/server/db/client";
import { prefillParamsOf, readEmbedParams } from "@/server/domain/embed/embed-params";
import { RETURN_VISIT_PARAM } from "@/server/domain/nurture/return-visit";
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
  const query = await searchParams;
  const embed = readEmbedParams(query, form.allowedOrigins);
  const prefill = prefillFromParams(definition, prefillParamsOf(query, embed), matchRe2Pattern);
  const returnVisit = query[RETURN_VISIT_PARAM];
  const beacon = typeof returnVisit === "string" && returnVisit.length <= 300 ? <ReturnVisitBeacon token={returnVisit} slug={form.slug} /> : null;
  const header = (
    <header className="mb-6">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{definition.title}</h1>
      {definition.description && <p className="mt-2 whitespace-pre-line text-sm text-slate-600">{definition.description}</p>}
    </header>
  );
  if (embed.isEmbed) {
    const session = { hostOrigin: embed.hostOrigin, pageUrl: embed.pageUrl, referrer: embed.referrer };
    return (
      // data-embed-root: the element whose height the host's iframe follows (embed-bridge.ts).
      <main data-embed-root="" className="px-4 py-5 sm:px-6">
        <style>{`html,body{min-height:0;background:${embed.isTransparent ? "transparent" : "#fff"}}`}</style>
        {/* The frame's height from the first paint on, before the page's code (embed-early-height.ts). */}
        {embed.hostOrigin && <script dangerouslySetInnerHTML={{ __html: earlyHeightScript(embed.hostOrigin) }} />}
        {header}
        {beacon}
        <HostedForm slug={form.slug} version={version.version} definition={definition} prefill={prefill} embed={session} />
      </main>
    );
  }
  return (
    <main className="min-h-screen px-4 py-6 sm:py-12">
      <div className="mx-auto w-full max-w-xl">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          {header}
          {beacon}
          <HostedForm slug={form.slug} version={version.version} definition={definition} prefill={prefill} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-600">Powered by Switchboard</p>
      </div>
    </main>
  );
}
