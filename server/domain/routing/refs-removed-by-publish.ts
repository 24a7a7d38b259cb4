// Publishing a form version (or archiving the form) can take away what routing paths read: routing is per workspace and
// `answers.<key>` / `score.<dimension>` may name what any form of the workspace has (see
// analysis-context.ts). A ref that routing's own check (refProblem) accepts with the workspace's
// forms as they are and refuses once the new version is live would silently never match, and would
// block every later routing change with a 422: publishing (and archiving) refuses it instead. Only refs this publish
// breaks count (a key another form still has, or one the config lists in apiAnswerKeys — answers of
// leads sent without a form — stays fine; a ref already broken is routing's to fix).
import { pathRefs } from "./analyze-config";
import { refProblem, withApiAnswerKeys, type TRefContext } from "./lead-refs";
import type { TRoutingConfigDraft } from "./routing-config";

export interface TRoutingInForce {
  /** The published routing config; null before the first routing publish. */
  published: TRoutingConfigDraft | null;
  /** The routing draft being edited; null when there is none. */
  draft: TRoutingConfigDraft | null;
}

export interface TRemovedRefProblem {
  /** "routing.paths.0.when.ref" (published config) or "routingDraft.paths.0.…" (draft). */
  path: string;
  message: string;
  /** The removed question's key (answers.<key>). */
  fieldKey?: string;
}

/**
 * What the routing reads that the new version removes, once per path and ref (published config
 * first). `before`: the workspace's forms as they are; `after`: with the new version live.
 * `questionLabel` names a removed question as the marketer knew it (from the version in force);
 * `removedBy` says what removes it ("this version removes", "archiving this form removes").
 */
export function refsRemovedByPublish(
  routing: TRoutingInForce,
  before: TRefContext,
  after: TRefContext,
  questionLabel: (key: string) => string | undefined = () => undefined,
  removedBy = "this version removes",
): TRemovedRefProblem[] {
  const problems: TRemovedRefProblem[] = [];
  const seen = new Set<string>();
  const sources = [
    { config: routing.published, prefix: "routing", where: "" },
    { config: routing.draft, prefix: "routingDraft", where: " in the unpublished routing draft" },
  ];
  for (const { config, prefix, where } of sources) {
    const [was, will] = [withApiAnswerKeys(before, config), withApiAnswerKeys(after, config)];
    config?.paths.forEach((path, i) => {
      for (const { ref, at } of pathRefs(path, `paths.${i}`)) {
        const key = `${path.id}\u0000${ref}`;
        if (seen.has(key) || refProblem(ref, was) !== null || refProblem(ref, will) === null) continue;
        seen.add(key);
        const removed = whatIsRemoved(ref, questionLabel);
        problems.push({
          path: `${prefix}.${at}`,
          message: `Routing path "${path.name}"${where} checks ${removed.words}, which ${removedBy} — change the path first`,
          ...(removed.fieldKey ? { fieldKey: removed.fieldKey } : {}),
        });
      }
    });
  }
  return problems;
}

function whatIsRemoved(ref: string, questionLabel: (key: string) => string | undefined): { words: string; fieldKey?: string } {
  if (ref.startsWith("answers.")) {
    const key = ref.slice("answers.".length);
    const label = questionLabel(key)?.trim();
    return { words: label ? `'${label}' ("${key}")` : `"${key}"`, fieldKey: key };
  }
  if (ref.startsWith("score.")) return { words: `the score dimension "${ref.slice("score.".length)}"` };
  return { words: `"${ref}"` };
}
