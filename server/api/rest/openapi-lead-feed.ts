// OpenAPI parts of the leads list (`GET /leads`, cursor-paged by (updatedAt, id) for incremental
// sync) and its CSV (`GET /leads.csv`). Parameters mirror ZLeadListQuery.
import { API_ROUTE_SCOPES } from "../../domain/api-keys/scopes";
import { DEFAULT_LEAD_LIST_LIMIT, LEAD_LIST_STATUSES, MAX_LEAD_LIST_LIMIT } from "../../domain/leads/lead-list-query";
import { LEAD_CONTACT, LEAD_IS_SPAM, LEAD_LIFECYCLE_PROPERTIES, LEAD_STATUS_DESCRIPTION, NOT_APPLICABLE_ANSWERS } from "./openapi-lead-fields";

type TJsonSchema = Record<string, unknown>;

const str = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const nullable = (schema: TJsonSchema) => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", required, properties });

export function leadFeedApiParts({ ref, common }: { ref: (name: string) => { $ref: string }; common: Record<string, unknown> }) {
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const error = (description: string, codes: string[]) => ({ description, content: json(ref("Error")), "x-error-codes": codes });
  const query = (name: string, schema: TJsonSchema, description: string) => ({ name, in: "query", required: false, schema, description });
  const filters = [
    query("status", { enum: [...LEAD_LIST_STATUSES] }, "Only leads with this status, read in any letter case (status=assigned is ASSIGNED): SPAM is the spam leads (isSpam); any other status (NEW…) never includes spam"),
    query("tier", { ...str, maxLength: 64 }, "Only leads of this tier key (e.g. sales_ready); a tier no lead has and no form version defines is a 422 at tier listing the known ones. Each parameter takes one value (a repeated one is a 422 saying so)"),
    query("ownerRepId", { ...str, maxLength: 100 }, "Only leads currently owned by this rep (a rep id, see GET /routing)"),
    query("formId", { ...str, maxLength: 100 }, "Only leads of this form (its id)"),
    query("updatedSince", dateTime, "Only leads changed at or after this instant (ISO 8601 with offset). For incremental sync: the last updatedAt you stored, minus a minute of overlap (a change committed late may carry an earlier time); apply leads by id, so a repeat is harmless."),
  ];
  const schemas: Record<string, TJsonSchema> = {
    LeadSummary: object({
      id: str,
      status: { enum: [...LEAD_LIST_STATUSES], description: LEAD_STATUS_DESCRIPTION },
      ...LEAD_LIFECYCLE_PROPERTIES,
      submittedAt: dateTime,
      updatedAt: { ...dateTime, description: "The last change of the lead, its assignment (routed, reassigned, accepted), status, events or bookings" },
      routedAt: nullable(dateTime),
      person: {
        ...nullable(object({ email: str, name: nullable(str), company: nullable(str), phone: nullable(str) })),
        description: "The person record the lead is linked to (people are matched by email); null for a lead with no email — see contact",
      },
      contact: LEAD_CONTACT,
      form: nullable(object({ id: str, slug: str, name: str, version: nullable({ type: "integer" }) })),
      tier: object({ key: str, label: str }),
      scoreTotal: { type: "number" },
      estimatedValue: nullable({ type: "number" }),
      currency: str,
      source: nullable(str),
      utm: { type: "object", additionalProperties: str },
      isSpam: LEAD_IS_SPAM,
      owner: nullable(object({ repId: str, name: str, email: str })),
      answers: { type: "object", additionalProperties: true, description: "The answers as stored: field key → value (string, number, boolean, list of strings)" },
      notApplicableAnswers: NOT_APPLICABLE_ANSWERS,
    }),
    LeadPage: object({
      leads: { type: "array", items: ref("LeadSummary") },
      nextCursor: { ...nullable(str), description: "Pass as `cursor` (with the same filters) for the next page; null on the last page" },
    }),
  };
  const list = {
    operationId: "listLeads",
    summary: "The workspace's leads, oldest change first, filtered and cursor-paged (incremental sync)",
    description:
      "Ordered by (updatedAt, id) ascending. Follow nextCursor until it is null; later, ask again with updatedSince to get only what changed. " +
      "Spam is included (status SPAM, isSpam true); status=NEW, or any other status, leaves it out. Unknown query parameters are a 422.",
    security: [{ ApiKey: [API_ROUTE_SCOPES["GET /api/v1/leads"]] }],
    parameters: [
      ...filters,
      query("cursor", { ...str, maxLength: 200 }, "nextCursor of the previous page"),
      query("limit", { type: "integer", minimum: 1, maximum: MAX_LEAD_LIST_LIMIT, default: DEFAULT_LEAD_LIST_LIMIT }, "Leads per page"),
    ],
    responses: {
      "200": { description: "A page of leads", content: json(ref("LeadPage")) },
      "422": error("A query parameter is not valid (its name is the detail's path)", ["VALIDATION"]),
      ...common,
    },
  };
  const csv = {
    operationId: "exportLeadsCsv",
    summary: "The leads table as CSV: its filters and sort, every column it shows, the lead id, then one column per answer key",
    description:
      "Takes the dashboard leads page's parameters (search, tier, formId, source, status, spam=1, sort=date-desc|date-asc|score-desc|score-asc, and the analytics slice from, to, repId, teamId, pathId, scoreBand, utmSource, reached; page is accepted and ignored). " +
      "Values from a fixed list (status, sort, reached) are read in any letter case (status=assigned is ASSIGNED, sort=DATE-DESC is date-desc). " +
      "An unknown value (e.g. sort=bogus), a repeated or unknown parameter is a 422 whose detail's path is the parameter's name (for sort and status its message lists the allowed values); an empty value counts as not given. " +
      "Every matching lead (not one page), read page by page and streamed, no size limit: the leads that match when the export starts, each once (pages continue after the last lead read, not at an offset, so a lead submitted, closed or reassigned meanwhile repeats no row and pushes none out; a lead submitted after the start is not in it). UTF-8 with a BOM, CRLF lines. Text cells starting with =, +, -, @, tab or CR get a leading apostrophe (formula injection).",
    security: [{ ApiKey: [API_ROUTE_SCOPES["GET /api/v1/leads.csv"]] }],
    parameters: [
      query(
        "search",
        { ...str, maxLength: 200 },
        'Email, name, company or phone contains (case-insensitive) — the phone of the lead\'s person, or of a contact sent without an email (kept on the lead); a search of at least 4 digits with only spaces, dashes, dots, slashes, parentheses or "+" between them finds a phone by its digits: "4930 123" finds "+49 30 1234567"',
      ),
      query("tier", { ...str, maxLength: 64 }, "Tier key"),
      query("formId", { ...str, maxLength: 64 }, "Form id"),
      query("source", { ...str, maxLength: 200 }, "Lead source"),
      query("status", { enum: [...LEAD_LIST_STATUSES] }, "Lead status, read in any letter case (status=assigned is ASSIGNED)"),
      query("spam", { enum: ["0", "1"] }, "1: include spam"),
      query("sort", { enum: ["date-desc", "date-asc", "score-desc", "score-asc"], default: "date-desc" }, "Order, read in any letter case (sort=DATE-DESC is date-desc)"),
    ],
    responses: {
      "200": {
        description: "The CSV (Content-Disposition: attachment)",
        content: { "text/csv": { schema: { type: "string" }, example: "Submitted (UTC),Name,Email,Phone,Company,Owner,Status,Form,Tier,Score,Source,Repeat,Spam,Lead ID,answers.company_size\r\n" } },
      },
      "422": error("A query parameter is not valid (its name is the detail's path)", ["VALIDATION"]),
      ...common,
    },
  };
  return { schemas, list, csv, filters };
}
