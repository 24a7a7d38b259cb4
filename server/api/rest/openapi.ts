// OpenAPI 3.1 description of the public REST API, served at GET /api/v1/openapi.json. Request and
// definition schemas are generated from the zod schemas the handlers use (one schema per concept);
// the response and error shapes mirror their TypeScript types.
import { z } from "zod";
import { MAX_STEP_EVENTS_BYTES, ZFormStepEvents } from "../../domain/analytics/form-steps";
import { ZCondition } from "../../domain/conditions/condition";
import { ZFormDefinition } from "../../domain/forms/definition";
import { HONEYPOT_FIELD, MAX_SUBMISSION_BYTES, MIN_FILL_TIME_MS, ZSubmissionRequest } from "../../domain/forms/submission-contract";
import { routingCondition } from "./openapi-routing-docs";
import { serverApiParts } from "./openapi-server-api";
import { METHOD_NOT_ALLOWED_RESPONSE, withCommonErrors } from "./openapi-common-errors";
import { apiKeyDatabaseBusy, RATE_LIMIT_HEADER_COMPONENTS, withRateLimitHeaders } from "./openapi-rate-limit-headers";

type TJsonSchema = Record<string, unknown>;

export interface TOpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  /** What Switchboard POSTs to subscribed webhook endpoints, per event type. */
  webhooks: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, TJsonSchema>;
    parameters: Record<string, unknown>;
    headers: Record<string, unknown>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
}

/** A zod schema as a component; shared sub-schemas (the recursive Condition) become components too. */
function fromZod(schema: z.ZodType, io: "input" | "output", shared: Record<string, TJsonSchema>): TJsonSchema {
  const registry = z.registry<{ id: string }>();
  registry.add(ZCondition, { id: "Condition" });
  // The ids come from our registry; `.describe()` texts live in zod's global one: carry them over.
  const describe = ({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: TJsonSchema }) => {
    const description = z.globalRegistry.get(zodSchema as z.ZodType)?.description;
    if (description && jsonSchema.description === undefined) jsonSchema.description = description;
  };
  const raw = z.toJSONSchema(schema, { io, target: "draft-2020-12", metadata: registry, unrepresentable: "any", override: describe }) as TJsonSchema;
  const rewritten = JSON.parse(JSON.stringify(raw).replaceAll('"#/$defs/', '"#/components/schemas/')) as TJsonSchema;
  const { $schema: _schema, $defs, ...rest } = rewritten;
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, TJsonSchema>)) {
    const { id: _id, ...clean } = def;
    shared[name] = clean;
  }
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: unknown) => ({ "application/json": { schema } });
const errorResponse = (description: string, codes: string[]) => ({
  description,
  headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } },
  content: { "application/json": { schema: ref("Error"), example: { error: { code: codes[0], message: "…", details: [] } } } },
  "x-error-codes": codes,
});

function buildDocument(): TOpenApiDocument {
  const schemas: Record<string, TJsonSchema> = {};
  schemas.SubmissionRequest = fromZod(ZSubmissionRequest, "input", schemas);
  schemas.FormStepEvents = fromZod(ZFormStepEvents, "input", schemas);
  schemas.FormStepEventsResult = {
    type: "object",
    required: ["stored", "ignored"],
    properties: {
      stored: { type: "integer", minimum: 0, description: "Events stored (an event the visit already sent — same type and step — is not stored again)" },
      ignored: { oneOf: [{ const: "bot" }, { type: "null" }], description: '"bot" when the user agent is a bot or missing: nothing is stored' },
    },
  };
  schemas.FormDefinition = fromZod(ZFormDefinition, "output", schemas);
  schemas.PublicForm = {
    type: "object",
    required: ["slug", "name", "version", "definition"],
    properties: { slug: { type: "string" }, name: { type: "string" }, version: { type: "integer", minimum: 1 }, definition: ref("FormDefinition") },
    additionalProperties: false,
  };
  schemas.SubmissionOutcome = {
    oneOf: [
      { type: "object", required: ["type", "title", "body"], properties: { type: { const: "message" }, title: { type: "string" }, body: { type: "string" } }, additionalProperties: false },
      { type: "object", required: ["type", "url"], properties: { type: { const: "redirect" }, url: { type: "string", format: "uri" } }, additionalProperties: false },
      { type: "object", required: ["type", "title", "body"], properties: { type: { const: "booking" }, title: { type: "string" }, body: { type: "string" } }, additionalProperties: false },
    ],
  };
  schemas.SubmissionResponse = {
    type: "object",
    required: ["leadId", "outcome"],
    properties: {
      leadId: { type: "string" },
      outcome: ref("SubmissionOutcome"),
      warnings: {
        type: "array",
        description: "Answers kept on the lead as not applicable (hidden by the form's logic, or keys the form does not have): not scored, not routed; and context.source \"api\", recorded as \"public_api\"; a query parameter, ignored (query.<name>)",
        items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
      },
      booking: {
        type: "object",
        description:
          "With a booking end screen (outcome.type \"booking\") and a rep to book with: the signed, lead-bound, expiring token for GET /bookings/slots and POST /bookings without an API key. " +
          "A replay (200) carries a fresh token for the same lead; absent when the lead cannot book.",
        required: ["token", "expiresAt"],
        properties: { token: { type: "string" }, expiresAt: { type: "string", format: "date-time" } },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
  schemas.Error = {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message", "details"],
        properties: {
          code: { type: "string", examples: ["VALIDATION", "NOT_FOUND", "MALFORMED_JSON"] },
          message: { type: "string", description: "Safe to show; never internal details." },
          details: {
            type: "array",
            items: {
              type: "object",
              required: ["path", "message"],
              properties: { path: { type: "string", examples: ["answers.email", "headers.idempotency-key", "body"] }, message: { type: "string" } },
            },
          },
        },
      },
    },
  };

  const serverApi = serverApiParts({ fromZod: (schema, io) => fromZod(schema, io, schemas), ref });
  Object.assign(schemas, serverApi.schemas);
  schemas.RoutingCondition = routingCondition(schemas.Condition!);

  const slug = { $ref: "#/components/parameters/Slug" };
  const preflight = {
    summary: "CORS preflight",
    responses: { "204": { description: "Allowed for the form's allowed origins only (Share page; no credentials); other origins get 403 without CORS headers", headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } } } },
  };
  const internal = errorResponse("Unexpected failure (the body never reveals internals)", ["INTERNAL"]);
  const busy = { $ref: "#/components/responses/DatabaseBusy" };

  return {
    openapi: "3.1.0",
    info: {
      title: "Switchboard public API",
      version: "1.0.0",
      description:
        "Read a published form and submit it: from browsers on the form's allowed origins only (CORS echoes the origin, never *, no credentials); server-to-server callers need no CORS. " +
        "Leads and routing as code (/leads, /routing): server-to-server with a workspace API key (Authorization: Bearer sb_live_…), no CORS. " +
        "Bookings (/bookings): the prospect's signed booking token from the submission's response, or an API key.",
    },
    servers: [{ url: "/api/v1" }],
    // 405 for other methods and 400 for a NUL in a path parameter, on every path (openapi-common-errors.ts);
    // RateLimit-* on every answer to an API key (openapi-rate-limit-headers.ts).
    paths: withRateLimitHeaders(withCommonErrors({
      "/forms/{slug}": {
        parameters: [slug],
        get: {
          operationId: "getForm",
          summary: "The published definition of a form (never its scoring model)",
          responses: {
            "200": { description: "The published version", content: jsonContent(ref("PublicForm")) },
            "404": errorResponse("No such form, or it is not published", ["NOT_FOUND"]),
            "500": internal,
            "503": busy,
          },
        },
        options: preflight,
      },
      "/forms/{slug}/submissions": {
        parameters: [slug],
        post: {
          operationId: "submitForm",
          summary: "Submit answers to the published version of a form",
          description:
            `Answers are checked against the form's definition and logic: an invalid value for a question that applies is a 422 naming it; ` +
            `answers to questions the logic hides, and keys the form does not have, are kept on the lead as not applicable and listed in "warnings". ` +
            `The lead's source is context.source: "hosted" and "embed" are the form's own pages; anything else (left out) is "public_api". ` +
            `"api" is the source of leads sent with an API key (POST /api/v1/leads): sent here, it is recorded as "public_api" with a warning at context.source. ` +
            `The body must be application/json of at most ${MAX_SUBMISSION_BYTES} bytes. Submissions with the honeypot ` +
            `property "${HONEYPOT_FIELD}" filled, or sent less than ${MIN_FILL_TIME_MS} ms after context.startedAt, are accepted but not processed.`,
          parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: { required: true, content: jsonContent(ref("SubmissionRequest")) },
          responses: {
            "201": { description: "The lead was created; show the outcome", content: jsonContent(ref("SubmissionResponse")) },
            "200": { description: "Replay: a submission with this Idempotency-Key was already accepted; the same response", content: jsonContent(ref("SubmissionResponse")) },
            "400": errorResponse("The body is not valid JSON (path \"body\")", ["MALFORMED_JSON"]),
            "404": errorResponse("No such form, or it is not published", ["NOT_FOUND"]),
            "413": errorResponse(`The body is larger than ${MAX_SUBMISSION_BYTES} bytes`, ["PAYLOAD_TOO_LARGE"]),
            "415": errorResponse("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
            "422": errorResponse("Request or answers not valid; details name each field (answers.<key>, context.<key>, headers.idempotency-key: malformed, or already used with another body)", ["VALIDATION"]),
            "429": {
              ...errorResponse("Too many submissions from this address to this form", ["RATE_LIMITED"]),
              headers: {
                "Retry-After": { description: "Seconds until a new submission is accepted", schema: { type: "integer", minimum: 1 } },
                "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" },
              },
            },
            "500": internal,
            "503": busy,
          },
        },
        options: preflight,
      },
      "/forms/{slug}/events": {
        parameters: [slug],
        post: {
          operationId: "recordFormStepEvents",
          summary: "Anonymous step beacons of a form visit (view, start, step reached, complete) for the forms analytics",
          description:
            "Sent by the hosted and embedded form with navigator.sendBeacon (fetch keepalive otherwise): a random per-visit id, the form version and up to 50 events " +
            "(type, step index, the visitor's clock in ms). No answers and no personal data are accepted or stored. Event times are the server's receipt time less each " +
            `event's age within its batch. Bots (by user agent, isbot; no user agent counts as a bot) get 202 with nothing stored. At most ${MAX_STEP_EVENTS_BYTES} bytes.`,
          requestBody: { required: true, content: jsonContent(ref("FormStepEvents")) },
          responses: {
            "202": { description: "Accepted (stored, or ignored as a bot)", content: jsonContent(ref("FormStepEventsResult")) },
            "400": errorResponse("The body is not valid JSON (path \"body\")", ["MALFORMED_JSON"]),
            "404": errorResponse("No such form, or it is not published", ["NOT_FOUND"]),
            "413": errorResponse(`The body is larger than ${MAX_STEP_EVENTS_BYTES} bytes`, ["PAYLOAD_TOO_LARGE"]),
            "415": errorResponse("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
            "422": errorResponse("Not a valid batch; details name each field (visitId, formVersion, events.<i>.type, events.<i>.step, events.<i>.at)", ["VALIDATION"]),
            "429": {
              ...errorResponse("Too many batches from this address to this form (the form-read allowance, RATE_LIMIT_FORM_READS_PER_MINUTE)", ["RATE_LIMITED"]),
              headers: {
                "Retry-After": { description: "Seconds until a batch is accepted again", schema: { type: "integer", minimum: 1 } },
                "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" },
              },
            },
            "500": internal,
            "503": busy,
          },
        },
        options: preflight,
      },
      ...serverApi.paths,
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    })),
    webhooks: serverApi.webhooks,
    components: {
      schemas,
      parameters: {
        ...serverApi.parameters,
        Slug: { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,79}$" } },
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description:
            "Retry-safe requests: a key repeated by the same caller (one form's public endpoint, or one API key) returns the first response (200) and creates nothing. " +
            "The request must be the same as the first one (JSON key order aside; on a form's submissions, `context` aside: a browser's retry measures a new fill time): " +
            "the same key with another request is a 422 naming headers.idempotency-key. Letters, digits and _ - : . + / = (UUIDs, base64 and base64url keys).",
          schema: { type: "string", pattern: "^[A-Za-z0-9_\\-:.+/=]{1,200}$" },
        },
      },
      headers: {
        AccessControlAllowOrigin: { description: "The calling origin when the form allows it (never *); absent otherwise", schema: { type: "string", format: "uri" } },
        ...RATE_LIMIT_HEADER_COMPONENTS,
      },
      responses: { ...serverApi.responses, ApiKeyDatabaseBusy: apiKeyDatabaseBusy(serverApi.responses.DatabaseBusy), MethodNotAllowed: METHOD_NOT_ALLOWED_RESPONSE },
      securitySchemes: serverApi.securitySchemes,
    },
  };
}

export const openApiDocument: TOpenApiDocument = buildDocument();
