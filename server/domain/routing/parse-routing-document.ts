// The one parse of a routing document as a client sends it, used by `PUT /api/v1/routing` and,
// for its draft config, by `POST /api/v1/routing/test`: the schema (ZRoutingDocument) and every
// property the schema does not know, at any depth ("config.paths.0.destination.colour"), as field
// errors with dotted paths. Nested config objects strip unknown keys when stored configs are read
// (older JSON keeps loading), so unknown properties are found by comparing what was sent with what
// the schema kept. Pure; checkRoutingDocument then checks the document against the workspace.
// Every problem at once: when the schema refuses one part (a rep's unknown property), the
// unknown properties of every other part (the config's paths, its fallback …) are still found, by
// walking the schema down to the parts that do parse (strayProperties), and a rep listed twice in
// a team is named too (repeatedMembers; checkRoutingDocument names it once the document parses) —
// it was reported only after the parse error was fixed, a second round for the integrator.
import type { z } from "zod";
import type { TFieldError } from "../reps/issues-to-details";
import { requestIssues, UNKNOWN_PROPERTY_MESSAGE } from "../validation/request-issues";
import { ZRoutingDocument, type TRoutingDocument } from "./routing-document";

export type TParsedRoutingDocument = { ok: true; doc: TRoutingDocument } | { ok: false; errors: TFieldError[] };

export function parseRoutingDocument(body: unknown): TParsedRoutingDocument {
  const parsed = ZRoutingDocument.safeParse(body);
  if (!parsed.success) {
    const stray = strayProperties(ZRoutingDocument, body).map((path) => ({ path, message: UNKNOWN_PROPERTY_MESSAGE }));
    const errors = [...requestIssues(parsed.error.issues), ...stray];
    const repeated = repeatedMembers(body).filter((repeat) => !errors.some((e) => e.path === repeat.path));
    return { ok: false, errors: [...errors, ...repeated] };
  }
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

type TSchemaDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: TSchemaDef } })._zod.def;

/**
 * Properties of `sent` that `schema` would strip (it does not know them), found even where the
 * schema refuses the value: a part that parses is compared with what the schema kept
 * (unknownProperties); a part that does not is walked down (object properties, array items, the
 * matching option of a discriminated union). Unknown keys of a strict object are left out: the
 * schema's own issues name them.
 */
export function strayProperties(schema: z.ZodType, sent: unknown, path: readonly (string | number)[] = []): string[] {
  const parsed = schema.safeParse(sent);
  if (parsed.success) return unknownProperties(sent, parsed.data, path);
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return def.innerType && sent !== undefined && sent !== null ? strayProperties(def.innerType, sent, path) : [];
    case "lazy":
      return def.getter ? strayProperties(def.getter(), sent, path) : [];
    case "array":
      return Array.isArray(sent) && def.element ? sent.flatMap((item, i) => strayProperties(def.element as z.ZodType, item, [...path, i])) : [];
    case "union": {
      if (!def.discriminator || !def.options || !isPlainObject(sent)) return [];
      const tag = sent[def.discriminator];
      const option = def.options.find((o) => defOf(o).shape?.[def.discriminator as string]?.safeParse(tag).success);
      return option ? strayProperties(option, sent, path) : [];
    }
    case "object": {
      if (!isPlainObject(sent) || !def.shape) return [];
      const isStripping = def.catchall === undefined;
      return Object.keys(sent).flatMap((key) => {
        const property = def.shape?.[key];
        if (property) return strayProperties(property, sent[key], [...path, key]);
        return isStripping ? [at([...path, key])] : [];
      });
    }
    default:
      return [];
  }
}

/**
 * A rep listed twice in one team of a document that does not parse, at the repeat (as
 * checkRoutingDocument words it for a rep it cannot name: `The rep “…”`): read from the body as
 * sent, wherever a team's members are a list of strings.
 */
export function repeatedMembers(body: unknown): TFieldError[] {
  const teams = isPlainObject(body) && Array.isArray(body.teams) ? body.teams : [];
  return teams.flatMap((team: unknown, i) => {
    const members = isPlainObject(team) && Array.isArray(team.members) ? team.members : [];
    const listedAt = new Map<string, number>();
    return members.flatMap((sent: unknown, j) => {
      if (typeof sent !== "string") return [];
      const repId = sent.trim(); // as the schema reads an id
      const first = listedAt.get(repId);
      if (first === undefined) {
        listedAt.set(repId, j);
        return [];
      }
      return [{ path: `teams.${i}.members.${j}`, message: `The rep “${repId}” is already listed at teams.${i}.members.${first}: list each rep once` }];
    });
  });
}
