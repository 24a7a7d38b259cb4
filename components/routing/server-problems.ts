// The problems the server names when it refuses a routing write (the tRPC error's `data.details`:
// errorDetails), as the list under the refusal reads them to a manager: the editor's refused
// Save/Publish (routing-editor.tsx) and the history's refused rollback (rollbackRefusal). The
// details themselves (with their dotted paths) still go to the editor's fields (field-issues.tsx).
import type { TLeadAttributeMapping } from "@/server/domain/routing/lead-attributes";
import type { TRoutingConfig } from "@/server/domain/routing/routing-config";

/** One problem the server names: where in the routing document, and what is wrong there. */
export interface TServerProblem {
  path: string;
  message: string;
}

/** A section of the routing config as a manager knows it, and the words by which a message names it. */
interface TSection {
  name: string;
  namedBy: RegExp;
}

const SLA: TSection = { name: "Speed-to-lead SLA", namedBy: /\bSLA\b|speed-to-lead/i };
const REVIEW: TSection = { name: "High-value review", namedBy: /review/i };
const attribute = (key: keyof TLeadAttributeMapping): TSection => ({ name: `Lead attribute mapping (${key})`, namedBy: /attribute/i });

/**
 * Each top-level key of the routing config (ZRoutingConfig; a new key needs a name here), named as
 * the editor names it: the "Routing paths" list, the "Fallback" card (queue), the "Policies" card
 * with its "Speed-to-lead SLA" and "High-value review"; the attribute mapping and the answer keys
 * of leads without a form (set by the API) as the routing history's changes name them.
 */
const SECTIONS: Record<keyof TRoutingConfig, TSection & { parts?: Record<string, TSection> }> = {
  paths: { name: "Routing paths", namedBy: /^Paths? / },
  fallback: { name: "Fallback queue", namedBy: /fallback/i },
  policies: { name: "Policies", namedBy: /polic|\bSLA\b|speed-to-lead|review/i, parts: { sla: SLA, review: REVIEW } },
  attributes: {
    name: "Lead attribute mapping",
    namedBy: /attribute/i,
    parts: { industry: attribute("industry"), segment: attribute("segment"), language: attribute("language"), region: attribute("region") },
  },
  apiAnswerKeys: { name: "Answer keys of leads without a form", namedBy: /apiAnswerKeys|answer keys? of leads without a form/i },
};

/** Where `path` is, in the editor's words ("Path 3", "Speed-to-lead SLA"), and how a message names it; null: nowhere we can name. */
function placeOf(path: string): TSection | null {
  const [top = "", part, ...rest] = path.split(".");
  if (!Object.hasOwn(SECTIONS, top)) return null;
  const section = SECTIONS[top as keyof TRoutingConfig];
  const index = part !== undefined && /^\d+$/.test(part) ? Number(part) + 1 : null;
  if (top === "paths" && index !== null) return { name: `Path ${index}`, namedBy: /^Paths? / };
  if (top === "apiAnswerKeys" && index !== null && rest.length === 0) return { ...section, name: `${section.name}, key ${index}` };
  return (part !== undefined && section.parts && Object.hasOwn(section.parts, part) ? section.parts[part] : undefined) ?? section;
}

/**
 * Each problem once, in the server's words. The analysis' messages name their path by its name
 * ("Path “EMEA”: …") or their subject ("The fallback queue's rep …"), so the dotted path
 * ("paths.3.when.ref") is left out; a message that does not name where it is gets the place, in
 * the editor's words: a path's number, counted from 1 as the editor counts ("Path 1: Invalid
 * input …"), else the section of the config ("Speed-to-lead SLA: “Reassign after” must be more minutes than “Remind after”: the reminder comes first",
 * "Fallback queue: Too small …"). A path outside every section (the whole document) adds nothing.
 */
export function problemLines(problems: readonly TServerProblem[]): string[] {
  const lines = problems.map(({ path, message }) => {
    const place = placeOf(path);
    return place && !place.namedBy.test(message) ? `${place.name}: ${message}` : message;
  });
  return [...new Set(lines)];
}
