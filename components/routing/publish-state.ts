// Whether the routing editor's Publish would publish anything, and the status line that says so.
// "Unchanged" is decided exactly as the server decides not to publish a new version
// (publishRoutingInTx with skipIfUnchanged): the draft parsed by ZRoutingConfig, compared with the
// published config in canonical JSON (key order and undefined properties do not count). Pure.
import { canonicalJson } from "@/server/domain/canonical-json";
import { ZRoutingConfig, type TRoutingConfig } from "@/server/domain/routing/routing-config";

export interface TPublishedConfig {
  version: number;
  config: TRoutingConfig;
}

/** The published version the draft equals (nothing to publish), else null (a change, not published yet, or a draft that is not a valid config). */
export function unchangedVersion(draft: unknown, published: TPublishedConfig | null): number | null {
  if (!published) return null;
  const parsed = ZRoutingConfig.safeParse(draft);
  if (!parsed.success) return null;
  return canonicalJson(parsed.data) === canonicalJson(published.config) ? published.version : null;
}

/** The config a publish of `draft` makes the published one (as the server stores it), or null when it is not a valid config. */
export function publishedConfigOf(draft: unknown): TRoutingConfig | null {
  const parsed = ZRoutingConfig.safeParse(draft);
  return parsed.success ? parsed.data : null;
}

export interface TStatusInput {
  publishedVersion: number | null;
  /** unchangedVersion's answer. */
  unchangedSince: number | null;
  isDirty: boolean;
  /** The saved draft differs from the published config (the server's answer at load, or a save since). */
  differsFromPublished: boolean;
}

/** The publish bar's status: what is published and whether there is anything to publish ("Published version 3 · no changes to publish"). */
export function routingStatusText({ publishedVersion, unchangedSince, isDirty, differsFromPublished }: TStatusInput): string {
  if (publishedVersion === null) return isDirty ? "Not published yet · unsaved changes" : "Not published yet";
  const published = `Published version ${publishedVersion}`;
  if (unchangedSince !== null) return `${published} · no changes to publish`;
  if (isDirty) return `${published} · unsaved changes`;
  return differsFromPublished ? `${published} · draft saved, not published` : published;
}

/** Why Publish is disabled (its tooltip; the status line and the error count say it on the page), or null when it may publish. */
export function publishBlockedReason(input: { errorCount: number; unchangedSince: number | null }): string | null {
  if (input.errorCount > 0) return `Fix the ${input.errorCount === 1 ? "error" : `${input.errorCount} errors`} first`;
  if (input.unchangedSince !== null) return `No changes since version ${input.unchangedSince}`;
  return null;
}
