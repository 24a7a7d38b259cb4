// The one parse of a routing document as a client sends it, used by `PUT /api/v1/routing` and,
// for its draft config, by `POST /api/v1/routing/test`: the schema (ZRoutingDocument) and every
// property the schema does not know, at any depth ("config.paths.0.destination.colour"), as field
// errors with dotted paths. Nested config objects strip unknown keys when stored configs are read
// (older JSON keeps loading), so unknown properties are found by comparing what was sent with what
// the schema kept. Pure; checkRoutingDocument then checks the document against the workspace.
import type { TFieldError } from "../reps/issues-to-details";
import { requestIssues, UNKNOWN_PROPERTY_MESSAGE } from "../validation/request-issues";
import { ZRoutingDocument, type TRoutingDocument } from "./routing-document";

export type TParsedRoutingDocument = { ok: true; doc: TRoutingDocument } | { ok: false; errors: TFieldError[] };

export function parseRoutingDocument(body: unknown): TParsedRoutingDocument {
  const parsed = ZRoutingDocument.safeParse(body);
  if (!parsed.success) return { ok: false, errors: requestIssues(parsed.error.issues) };
  const unknown = unknownProperties(body, parsed.data);
  if (unknown.length > 0) return { ok: false, errors: unknown.map((path) => ({ path, message: UNKNOWN_PROPERTY_MESSAGE })) };
  return { ok: true, doc: parsed.data };
}

const at = (path: readonly PropertyKey[]) => path.map(String).join(".") || "body";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Paths of properties present in `sent` but not in what a schema made of it (`kept`), walking
 * objects and arrays that are in both; values the schema transformed (a date, a string list) end
 * the walk there.
 */
export function unknownProperties(sent: unknown, kept: unknown, path: readonly (string | number)[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    if (sent.length !== kept.length) return [];
    return sent.flatMap((item, i) => unknownProperties(item, kept[i], [...path, i]));
  }
  if (!isPlainObject(sent) || !isPlainObject(kept)) return [];
  return Object.keys(sent).flatMap((key) => (Object.hasOwn(kept, key) ? unknownProperties(sent[key], kept[key], [...path, key]) : [at([...path, key])]));
}
