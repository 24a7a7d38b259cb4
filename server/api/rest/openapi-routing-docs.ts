// What a routing condition can say, for the OpenAPI document: the refs (ROUTING_REF_DOCS, the list
// the engine's ref check uses), the operators with their value shapes, and the lead attributes
// mapping. The routing schemas' conditions point at RoutingCondition: the shared Condition with
// `ref` documented for routing (form logic uses field keys there).
import { LIST_OPERATORS, OPERATOR_LABELS, OPERATORS, UNARY_OPERATORS } from "../../domain/conditions/condition";
import { SEGMENTS } from "../../domain/reps/rep-options";
import { FIXED_REFS, ROUTING_REF_DOCS } from "../../domain/routing/lead-refs";

type TJsonSchema = Record<string, unknown>;

const PREFIXES = ROUTING_REF_DOCS.filter((d) => d.ref.includes("<"));

export const ROUTING_CONDITION_REF: TJsonSchema = {
  type: "string",
  description: `What a routing rule compares: ${ROUTING_REF_DOCS.map((d) => `\`${d.ref}\` ${d.reads}`).join("; ")}. Any other ref is a 422 at its path naming the refs allowed.`,
  anyOf: [
    { enum: [...FIXED_REFS] },
    ...PREFIXES.map((d) => ({ pattern: `^${d.ref.slice(0, d.ref.indexOf("<")).replace(".", "\\.")}.+$`, description: d.reads })),
  ],
  examples: ["answers.industry", "score.total", "tier", "utm.campaign", "lead.region"],
};

export const OPERATORS_DESCRIPTION =
  `Operators: ${OPERATORS.map((op) => `\`${op}\` (${OPERATOR_LABELS[op]})`).join(", ")}. ` +
  `Value: none for ${UNARY_OPERATORS.join(", ")}; a list for ${LIST_OPERATORS.join(", ")}; [min, max] for between; one string, number or boolean otherwise. ` +
  "An unknown operator is a 422 at its path (…when.conditions.0.operator) listing the operators.";

export const ATTRIBUTES_DESCRIPTION =
  "How answers become the lead's attributes lead.industry, lead.segment, lead.language and lead.region (used by match filters, best_match and conditions). " +
  "Each is { field, values?, ranges? } from one answer: `values` maps answers to attribute values (unmapped answers give none), else `ranges` " +
  "(a number, or the leading number of an option such as \"200-999\": the last range whose min ≤ it), else the answer itself. " +
  `Without a mapping the attribute is empty. Segment values: ${SEGMENTS.join(", ")}, e.g. { "field": "company_size", "ranges": [{ "min": 0, "value": "SMB" }, { "min": 200, "value": "MID_MARKET" }, { "min": 1000, "value": "ENTERPRISE" }] }.`;

/** The shared Condition schema with `ref` documented for routing, nested conditions pointing at itself. */
export function routingCondition(condition: TJsonSchema): TJsonSchema {
  const text = JSON.stringify(condition).replaceAll('"#/components/schemas/Condition"', '"#/components/schemas/RoutingCondition"');
  const schema = JSON.parse(text) as { oneOf?: TJsonSchema[] };
  for (const option of schema.oneOf ?? []) {
    const properties = option.properties as Record<string, TJsonSchema> | undefined;
    if (properties?.ref) properties.ref = { $ref: "#/components/schemas/RoutingConditionRef" };
    if (properties?.operator) properties.operator = { ...properties.operator, description: OPERATORS_DESCRIPTION };
  }
  return { ...schema, description: "A routing condition: a rule (ref, operator, value) or an and/or group of conditions." };
}

/** A routing schema (document, config) with its conditions as RoutingCondition and the attributes mapping described. */
export function withRoutingDocs(schema: TJsonSchema): TJsonSchema {
  const patched = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/Condition"', '"#/components/schemas/RoutingCondition"')) as TJsonSchema;
  const describe = (config: TJsonSchema | undefined) => {
    const attributes = (config?.properties as Record<string, TJsonSchema> | undefined)?.attributes;
    if (attributes) attributes.description = ATTRIBUTES_DESCRIPTION;
  };
  describe(patched);
  describe((patched.properties as Record<string, TJsonSchema> | undefined)?.config);
  return patched;
}
