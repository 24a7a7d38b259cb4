// Checks a real response body against a schema of the OpenAPI document, for the API's integration
// tests: types, required and enum values, $ref/oneOf/anyOf/allOf, date-times, patterns, and — the
// point — no undocumented property: an object schema with `properties` and no
// `additionalProperties` is closed, so a field the API returns but the document does not name
// fails. Covers the subset of JSON Schema the document uses; returns the problems by path.
import { openApiDocument } from "../api/rest/openapi";

type TSchema = Record<string, unknown>;

/** Problems of `value` against components.schemas[name] ("lead.stage: not one of …"); [] when it conforms. */
export function openApiProblems(name: string, value: unknown): string[] {
  const problems: string[] = [];
  check({ $ref: `#/components/schemas/${name}` }, JSON.parse(JSON.stringify(value)) as unknown, "$", problems);
  return problems;
}

function resolve(ref: string): TSchema {
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], openApiDocument);
  if (!target) throw new Error(`Unresolved $ref ${ref}`);
  return target as TSchema;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function check(schema: TSchema, value: unknown, path: string, problems: string[]): void {
  if (typeof schema.$ref === "string") return check(resolve(schema.$ref), value, path, problems);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf as TSchema[]) check(part, value, path, problems);
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = schema[key] as TSchema[] | undefined;
    if (!options) continue;
    const matching = options.filter((option) => {
      const found: string[] = [];
      check(option, value, path, found);
      return found.length === 0;
    });
    if (matching.length === 0 || (key === "oneOf" && matching.length > 1)) problems.push(`${path}: ${matching.length} of the ${key} options match ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  if ("const" in schema && value !== schema.const) problems.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(", ")}`);
  if (typeof schema.type === "string") {
    const actual = typeOf(value);
    if (!(actual === schema.type || (schema.type === "number" && actual === "integer"))) return void problems.push(`${path}: ${actual}, not ${schema.type}`);
  }
  if (typeof value === "string") {
    if (schema.format === "date-time" && (Number.isNaN(Date.parse(value)) || !/^\d{4}-\d\d-\d\dT/.test(value))) problems.push(`${path}: not a date-time`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => check(schema.items as TSchema, item, `${path}.${i}`, problems));
  if (typeOf(value) === "object" && (schema.properties || schema.required || schema.additionalProperties !== undefined)) checkObject(schema, value as Record<string, unknown>, path, problems);
}

function checkObject(schema: TSchema, value: Record<string, unknown>, path: string, problems: string[]): void {
  const properties = (schema.properties ?? {}) as Record<string, TSchema>;
  for (const key of (schema.required ?? []) as string[]) if (!(key in value)) problems.push(`${path}.${key}: required, missing`);
  for (const [key, item] of Object.entries(value)) {
    const property = properties[key];
    if (property) check(property, item, `${path}.${key}`, problems);
    else if (typeof schema.additionalProperties === "object") check(schema.additionalProperties as TSchema, item, `${path}.${key}`, problems);
    else if (schema.additionalProperties !== true && schema.properties) problems.push(`${path}.${key}: not in the document`);
  }
}
