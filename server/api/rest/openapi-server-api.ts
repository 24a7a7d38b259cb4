// The server-to-server part of the OpenAPI document (leads and routing as code, API-key bearer
// auth, no CORS), merged into openapi.ts. Request schemas come from the zod schemas the handlers
// use; response shapes mirror TLeadResource, TRoutingDocumentView and the dry run's result.
import type { z } from "zod";
import { API_ROUTE_SCOPES, type TApiRoute } from "../../domain/api-keys/scopes";
import { MAX_LEAD_BYTES, MAX_FREE_ANSWERS, ZCreateLeadRequest, ZReassignRequest } from "../../domain/leads/create-lead-request";
import { ZRoutingConfig } from "../../domain/routing/routing-config";
import { ZRoutingDocument } from "../../domain/routing/routing-document";
import { ZRoutingTestRequest } from "../../domain/routing/routing-test-request";
import { bookingApiParts } from "./openapi-bookings";
import { leadFeedApiParts } from "./openapi-lead-feed";
import { webhookApiParts } from "./openapi-webhooks";
import { leadEventApiParts } from "./openapi-lead-events";
import { LEAD_CONTACT, LEAD_IS_SPAM, LEAD_LIFECYCLE_PROPERTIES, LEAD_STATUS_DESCRIPTION, NOT_APPLICABLE_ANSWERS } from "./openapi-lead-fields";
import { ROUTING_CONDITION_REF, withRoutingDocs } from "./openapi-routing-docs";
import { RATE_LIMIT_HEADERS } from "./openapi-rate-limit-headers";

type TJsonSchema = Record<string, unknown>;

export interface TOpenApiHelpers {
  /** A zod schema as JSON Schema; shared sub-schemas land in components.schemas. */
  fromZod: (schema: z.ZodType, io: "input" | "output") => TJsonSchema;
  ref: (name: string) => { $ref: string };
}

const str = { type: "string" };

/**
 * 503: the database could not serve the request just now (no connection to be had: the pool's
 * wait ran out, too many connections, the server starting up or unreachable). Nothing was
 * half-stored; retry after Retry-After with the same Idempotency-Key (json-error.ts). The forms
 * endpoints (openapi.ts) refer to it as #/components/responses/DatabaseBusy.
 */
const DATABASE_BUSY_RESPONSE = (ref: (name: string) => { $ref: string }) => ({
  description:
    "The database is busy or unreachable just now (its connections are all in use, or it is starting up): nothing was half-stored. Retry after Retry-After seconds; " +
    "with the same Idempotency-Key the retry stores the request exactly once (a lead that was stored before the failure is answered as a replay, 200).",
  headers: { "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer", minimum: 1 } } },
  content: { "application/json": { schema: ref("Error"), example: { error: { code: "UNAVAILABLE", message: "The database is busy just now (nothing was half-stored): retry in 5 seconds with the same Idempotency-Key, so the request is stored exactly once", details: [] } } } },
  "x-error-codes": ["UNAVAILABLE"],
});
const nullable = (schema: TJsonSchema) => ({ oneOf: [schema, { type: "null" }] });
const dateTime = { type: "string", format: "date-time" };
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", required, properties });

export function serverApiParts({ fromZod, ref }: TOpenApiHelpers) {
  const jsonContent = (schema: unknown) => ({ "application/json": { schema } });
  const error = (description: string, codes: string[]) => ({
    description,
    content: { "application/json": { schema: ref("Error"), example: { error: { code: codes[0], message: "…", details: [] } } } },
    "x-error-codes": codes,
  });
  const common = {
    "401": { $ref: "#/components/responses/Unauthorized" },
    "403": { $ref: "#/components/responses/MissingScope" },
    "429": { $ref: "#/components/responses/ApiKeyRateLimited" },
    "500": error("Unexpected failure (the body never reveals internals)", ["INTERNAL"]),
    "503": { $ref: "#/components/responses/DatabaseBusy" },
  };
  const bodyErrors = (bytes: number) => ({
    "400": error('The body is not valid JSON (path "body")', ["MALFORMED_JSON"]),
    "413": error(`The body is larger than ${bytes} bytes`, ["PAYLOAD_TOO_LARGE"]),
    "415": error("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
  });
  /** The API key security requirement with the scope the route needs (OpenAPI 3.1: role names for non-OAuth schemes). */
  const security = (route: TApiRoute) => [{ ApiKey: [API_ROUTE_SCOPES[route]] }];
  const leadId = { $ref: "#/components/parameters/LeadId" };

  // One decision shape for a live lead (Decision) and a dry run (DryRunDecision: no assignmentId), as decision-resource.ts maps both.
  const skippedRep = object({ rep: object({ id: str, name: str }), pathId: str, reasons: { type: "array", items: ref("Reason") } });
  const decisionProperties = {
    outcome: { enum: ["assigned", "nurture", "disqualified", "fallback"] },
    path: nullable(object({ id: str, name: str })),
    strategy: nullable(str),
    configVersion: nullable({ type: "integer" }),
    decidedAt: dateTime,
    assignmentId: nullable(str),
    headline: nullable(str),
    reasons: { type: "array", items: ref("Reason") },
    skipped: { type: "array", items: skippedRep, description: "Each rep passed over once (its first pool), never the chosen rep, in decision order" },
  };
  const { assignmentId: _liveOnly, ...dryRunDecisionProperties } = decisionProperties;
  const reason = { type: "object", required: ["code", "text"], properties: { code: { ...str, examples: ["PATH_MATCHED", "AT_CAPACITY_OPEN", "MANUAL_OVERRIDE"] }, text: { ...str, description: "Made from the code and its data when read" } }, additionalProperties: true, description: "A reason code with its data, and its text" };
  const schemas: Record<string, TJsonSchema> = {
    CreateLeadRequest: fromZod(ZCreateLeadRequest, "input"),
    ReassignRequest: fromZod(ZReassignRequest, "input"),
    RoutingDocument: withRoutingDocs(fromZod(ZRoutingDocument, "input")),
    RoutingConfig: withRoutingDocs(fromZod(ZRoutingConfig, "output")),
    RoutingTestRequest: fromZod(ZRoutingTestRequest, "input"),
    RoutingConditionRef: ROUTING_CONDITION_REF,
    Reason: reason,
    Assignment: object({
      id: str,
      kind: { enum: ["ROUTED", "MANUAL", "REASSIGNED", "SLA_REASSIGNED", "RETURNED", "FALLBACK"] },
      isCurrent: { type: "boolean" },
      isProvisional: { type: "boolean", description: "A manager reviews this high-value assignment" },
      rep: nullable(object({ id: str, name: str, email: str })),
      assignedAt: dateTime,
      acceptedAt: nullable(dateTime),
      endedAt: nullable(dateTime),
      note: str,
      byUserId: nullable(str),
      outcome: nullable({ enum: ["assigned", "nurture", "disqualified", "fallback"] }),
      path: nullable(object({ id: str, name: str })),
      strategy: nullable(str),
      configVersion: nullable({ type: "integer" }),
      durationMs: nullable({ type: "number" }),
      headline: nullable({ ...str, examples: ["Routed to Sarah Chen: Enterprise path · financial services match · available now · lightest pipeline"] }),
      reasons: { type: "array", items: ref("Reason") },
      skipped: { type: "array", items: skippedRep },
    }),
    Decision: {
      ...object(decisionProperties),
      description: "The lead's latest routing decision whatever its outcome: an assigned or fallback lead's is its current assignment's (assignmentId); a nurture or disqualified lead has no assignment and its decision is kept with the lead. Null before routing.",
    },
    DryRunDecision: {
      ...object(dryRunDecisionProperties),
      additionalProperties: false,
      description:
        "The decision a lead routed now would show as GET /leads/{id}'s `decision` (same config, same instant), without what only a stored decision has (assignmentId: a dry run assigns nothing). " +
        "decidedAt is the instant tested (the request's `at`, default now); configVersion the published version tested, null for a draft.",
    },
    Lead: object({
      id: str,
      status: { enum: ["NEW", "ASSIGNED", "ACCEPTED", "NURTURE", "DISQUALIFIED", "FALLBACK", "SPAM", "CLOSED"], description: LEAD_STATUS_DESCRIPTION },
      isSpam: LEAD_IS_SPAM,
      ...LEAD_LIFECYCLE_PROPERTIES,
      submittedAt: dateTime,
      person: {
        ...nullable(object({ email: str, name: nullable(str), company: nullable(str), phone: nullable(str) })),
        description: "The person record the lead is linked to (people are matched by email); null for a lead with no email — see contact",
      },
      contact: LEAD_CONTACT,
      form: nullable(object({ slug: str, version: nullable({ type: "integer" }) })),
      answers: { type: "array", items: object({ key: str, label: str, value: {}, display: str }) },
      notApplicableAnswers: NOT_APPLICABLE_ANSWERS,
      score: object({
        total: { type: "number" },
        dimensions: { type: "array", items: object({ key: str, label: str, points: { type: "number" } }) },
        breakdown: { type: "array", items: object({ dimension: nullable(str), points: { type: "number" }, explanation: str }) },
      }),
      tier: object({ key: str, label: str }),
      estimatedValue: nullable({ type: "number" }),
      currency: str,
      routingValue: { ...nullable({ type: "number" }), description:
        "estimatedValue converted into the workspace's routing currency (routingCurrency) with the exchange rate an admin set in Settings → Currencies: what routing compares with value thresholds, pipeline caps and the review's minimum value. Null when the lead has no value, or no rate exists for its currency (it is routed as a lead without value). Recomputed for existing leads shortly after an admin changes a rate or the routing currency." },
      routingCurrency: { type: "string", description: "The workspace's routing currency (ISO 4217), routingValue's currency" },
      source: nullable(str),
      utm: { type: "object", additionalProperties: str },
      decision: nullable(ref("Decision")),
      assignment: nullable(ref("Assignment")),
      history: { type: "array", items: ref("Assignment"), description: "Every assignment, oldest first" },
    }),
    LeadResponse: {
      ...object({ lead: ref("Lead") }),
      properties: {
        lead: ref("Lead"),
        warnings: { type: "array", description: "What was kept, left out or ignored instead of refused, by path: answers kept as not applicable (hidden by the form's logic, or keys the form does not have; read them back as lead.notApplicableAnswers), required answers not given (answers.<key>), ignored or left-out values; a query parameter, ignored (query.<name>)", items: object({ path: { type: "string" }, message: { type: "string" } }) },
      },
    },
    MemberList: object({
      members: {
        type: "array",
        items: object({ userId: str, name: nullable(str), email: str, role: { enum: ["OWNER", "ADMIN", "MANAGER", "MARKETER", "REP"] }, repId: nullable(str), joinedAt: dateTime }),
      },
    }),
    RoutingDocumentView: object({
      version: nullable({ type: "integer" }),
      teams: { type: "array", items: object({ id: str, name: str, description: str, isActive: { type: "boolean" }, members: { type: "array", items: str } }) },
      reps: { type: "array", items: { type: "object", description: "id, email, name, the rep's routing profile and its out-of-office periods (timeOff: id, startsAt, endsAt, note), as in RoutingDocument" } },
      config: nullable(ref("RoutingConfig")),
      meetingTypes: { type: "array", items: { type: "object", description: "id, teamId, pathId and the meeting type's settings, as in RoutingDocument.meetingTypes" } },
    }),
    RoutingDocumentApplied: {
      allOf: [
        ref("RoutingDocumentView"),
        object({
          changed: { type: "boolean", description: "false: the document equals what is stored (teams, reps, meeting types and the published config); nothing was written and `version` is the current one, not a new one" },
          warnings: {
            type: "array",
            items: object({ path: str, message: str }),
            description: "Read-only fields that were ignored because they differ from the stored values (reps.N.name, reps.N.email: the member's account), then the config's warnings (config.…)",
          },
        }),
      ],
    },
    RoutingTestResult: object({
      decision: ref("DryRunDecision"),
      rep: { ...nullable(object({ id: str, name: str })), description: "The rep the lead would go to; null when it would go to nobody (nurture, disqualified, the fallback queue)" },
      headline: str,
      skipped: { ...nullable(str), description: "The skipped reps in words (decision.skipped is the list), null when nobody was skipped" },
      reasons: { type: "array", items: str, description: "decision.reasons' texts" },
      configVersion: { ...nullable({ type: "integer" }), description: "The published version tested, null for a draft" },
      value: {
        ...object({
          estimatedValue: { ...nullable({ type: "number" }), description: "The value tested, in `currency`: lead.estimatedValue, else the form's value; null: none" },
          currency: { type: "string", description: "Its currency (ISO 4217): lead.currency, else the form's scoring currency, else the routing currency" },
          routingValue: { ...nullable({ type: "number" }), description: "What routing counted: the value converted into routingCurrency with the workspace's exchange rates, as a live lead's routingValue is. Null: no value, or no rate for its currency (tested as a lead without value; decision.reasons says so)" },
          routingCurrency: { type: "string", description: "The workspace's routing currency (Settings → Currencies)" },
        }),
        description: "The value the sample lead carried and what routing counted, as GET /leads/{id} shows estimatedValue, currency, routingValue and routingCurrency",
      },
      warnings: {
        type: "array",
        items: object({ path: str, message: str }),
        description: "What the intake (POST /leads) would take as not given, by path: an empty or blank lead property or UTM value (lead.source, lead.utm.<name>, lead.form …), read as null",
      },
    }),
  };

  (schemas.RoutingDocument!.properties as Record<string, TJsonSchema>).meetingTypes!.description =
    "Booking's meeting types, each for one team (teamId: an existing team's id or a new team's key), one routing path (pathId: a path id of this config) or neither (the workspace default); the most specific applies. " +
    "When given, the list becomes the workspace's whole list: entries with the id GET returned are updated, entries without one are created, stored ones left out are deleted; absent, the stored ones are kept. " +
    "Errors are 422s at their paths (meetingTypes.0.durationMinutes, meetingTypes.1.pathId).";
  (schemas.RoutingDocument!.properties as Record<string, TJsonSchema>).version = {
    oneOf: [{ type: "integer" }, { type: "null" }],
    description:
      "The published version this document was read at (GET's `version`, null when nothing was published yet). Given, the PUT applies only if it is still the published version, " +
      "else 409 CONFLICT at `version` naming the current one and nothing is written (two writers from one version: exactly one wins). Left out (and no If-Match), the PUT overwrites whatever is published.",
  };
  // The draft config of a dry run is a document's config (validated by the same function).
  const documentConfig = (schemas.RoutingDocument!.properties as Record<string, TJsonSchema>).config;
  (schemas.RoutingTestRequest!.properties as Record<string, TJsonSchema>).config = { ...documentConfig, description: "A draft config to test instead of the published one, validated exactly as PUT /routing validates a document's config" };

  const paths = {
    "/leads": {
      post: {
        operationId: "createLead",
        summary: "A lead from any source, scored when a form is named, routed like a submission",
        description:
          `With "form" (a published form of the workspace), the answers are validated and scored like a submission, except that a required question left out is not a 422: ` +
          `the lead is stored, scored on the answers given and routed as usual, with a warning at answers.<key> for each one (an invalid value for a question that applies is still a 422). ` +
          `"answers" may be left out or null (none). person.email takes any address with one @, a local part of 1–64 characters and a domain with a dot (internationalized addresses, one-letter TLDs), at most 254 characters. Without, up to ${MAX_FREE_ANSWERS} flat answers ` +
          `(string, number, boolean, list of strings) are stored as given (an empty one is left out; any other value, and every answer past the first ${MAX_FREE_ANSWERS}, is left out with a warning, the lead kept), with "tier" (default "unscored", shown to people as "Unscored") and "estimatedValue" (an amount from 0 to 999,999,999,999.99: a number or text such as "1200", "1,200" or "1200.50", read as the events' amount is) if sent. At most ${MAX_LEAD_BYTES} bytes. ` +
          `"person" is optional: without it (and without an email answer on the form) the lead is stored and routed without contact details. ` +
          `person.email is optional too: a person with a name, company or phone and no email (a CRM contact with only a phone) is kept on the lead — no person record, as people are matched by email — and read back as lead.contact; its phone counts as a way to reply. ` +
          `But a lead needs a person (an email, name, phone or company) or at least one answer (empty answers left out): a request with neither ({}, person {}, or only source, utm, tier, estimatedValue) is a 422 at person, and nothing is stored. ` +
          `A currency question's answer is an amount within the question's minimum and maximum, by default from 0 to 999,999,999,999.99 (else a 422 at answers.<key>). ` +
          `A lead is not refused for what it can keep: null is "not given" for every optional property (what GET /leads/{id} answers can be sent back), and so is empty or blank text ` +
          `("" for a field a CRM does not have), with a warning at its path: person.email "" with a name is a contact without an email, form "" a lead without a form (its answers stored as given, not scored), source "" the default "api"; a finite number where free text is expected ` +
          `(person.name, person.company, person.phone, source, utm values) is taken as its text; with a form, "tier" and "estimatedValue" are ignored with a warning (the form scores the lead), and person.email answers the form's email question when the answers leave it out. ` +
          `When person.email and the email answer differ, person.email is the lead's contact and a warning at person.email says so (the answer is stored as given). ` +
          `Identifiers are not coerced: a malformed (not empty) person.email, form or tier is a 422 at its path. ` +
          `"timeZone" is metadata: an IANA name in any letter case is stored as spelled canonically ("europe/berlin" → "Europe/Berlin"); an unknown one keeps the lead without a zone, with a warning at timeZone (only a value that is not text is a 422). ` +
          `A workspace that has published no routing stores the lead unrouted (status NEW, no owner), with a warning at routing. ` +
          `"submittedAt" dates a lead from the past (a CRM sync, a backfill; ISO 8601 with an offset, from 2000 on, at most 5 minutes ahead of the server's clock, else a 422 at submittedAt): ` +
          `analytics and the lead list count it then; one submitted more than 24 hours ago is stored as history, not routed (no owner, alert, SLA timer or nurture enrolment; a warning at submittedAt says so). ` +
          `It is part of the request an Idempotency-Key replays (another submittedAt under the same key is a 422).`,
        security: security("POST /api/v1/leads"),
        parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
        requestBody: { required: true, content: jsonContent(ref("CreateLeadRequest")) },
        responses: {
          "201": { description: "Created and routed (with \"warnings\" naming what was left out or ignored, by path)", content: jsonContent(ref("LeadResponse")) },
          "200": { description: "Replay: a lead with this Idempotency-Key exists; it is returned", content: jsonContent(ref("LeadResponse")) },
          ...bodyErrors(MAX_LEAD_BYTES),
          "422": error("Request or answers not valid; details name each field (answers.<key>, person.email, form, submittedAt …)", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/leads/{id}": {
      parameters: [leadId],
      get: {
        operationId: "getLead",
        summary: "A lead: answers, score breakdown, tier, status, assignment with every reason and skipped rep, history",
        security: security("GET /api/v1/leads/{id}"),
        responses: { "200": { description: "The lead", content: jsonContent(ref("LeadResponse")) }, "404": error("No such lead in the key's workspace", ["NOT_FOUND"]), ...common },
      },
    },
    "/leads/{id}/reassign": {
      parameters: [leadId],
      post: {
        operationId: "reassignLead",
        summary: "Reassign to a named rep (manual override) or, without toRepId, to the next best rep",
        description:
          "A rep who got the lead by a round-robin turn gets that turn back. Subscribed endpoints get one lead.reassigned (previous, assignment, reason.code manual or next_best), written with the reassignment — never a lead.routed, even when the next best is the fallback queue.",
        security: security("POST /api/v1/leads/{id}/reassign"),
        parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
        requestBody: { required: true, content: jsonContent(ref("ReassignRequest")) },
        responses: {
          "200": { description: "Reassigned; or toRepId already owns the lead (a retry): nothing changed, said in \"warnings\" at toRepId; or a replay of the same Idempotency-Key and request: the lead as it is now, nothing moved again", content: jsonContent(ref("LeadResponse")) },
          ...bodyErrors(8 * 1024),
          "404": error("No such lead in the key's workspace", ["NOT_FOUND"]),
          "409": error("The lead is closed (won or lost: it keeps its owner), cannot be routed again (spam, or no routing published): name a rep, or toRepId is the rep profile of a member who cannot work leads (a Marketer)", ["CONFLICT"]),
          "422": error("reason missing or too long; toRepId not an active rep of the workspace; Idempotency-Key malformed or already used with another request (headers.idempotency-key)", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/routing": {
      get: {
        operationId: "getRouting",
        summary: "Teams, rep routing profiles and the published routing config as one document",
        security: security("GET /api/v1/routing"),
        responses: {
          "200": {
            description: "The document; its `version` is what a PUT sends back to apply only over it",
            headers: { ETag: { description: 'The published version, quoted ("3"), for If-Match on PUT; absent before the first publish', schema: str } },
            content: jsonContent(ref("RoutingDocumentView")),
          },
          ...common,
        },
      },
      put: {
        operationId: "putRouting",
        summary: "Apply a routing document atomically: teams and members, rep profiles, and the config as the next version",
        description:
          "Listed teams and reps are updated; a team with a key instead of an id is created and paths may use the key as teamId. Teams and reps left out are kept. " +
          "A rep entry with userId (a member without a rep profile, see GET /members) instead of id creates that member's rep profile: timeZone is required, the rest defaults as on the dashboard " +
          "(Mon–Fri 09:00–17:00, unlimited, weight 1, active), and its key may stand for its id in teams' members, a path's repId and fallback.ownerRepId. " +
          "A rep entry may be partial: besides id, only the fields it gives change and each given field is replaced whole (a list is the new list; null capacity = unlimited); fields left out keep their values. " +
          "A rep's timeOff, when given, is its whole list of out-of-office periods (stored ids kept or changed, new periods without id, stored ones left out deleted). " +
          "Every problem is reported at once with its path (reps.1.timeZone, teams.0.members.3, config.paths.2.when.conditions.0.ref, config.fallback); on any error nothing changes. " +
          "Concurrency: send back the `version` GET returned (or If-Match with GET's ETag): a PUT from a version that is no longer the published one is a 409 and writes nothing; without either, the PUT overwrites. " +
          "A document that changes nothing publishes nothing (200, `changed: false`, the current version). A rep's `name` and `email` are read-only (the member's account): values that differ are ignored, each with a warning at its path.",
        security: security("PUT /api/v1/routing"),
        parameters: [
          {
            name: "If-Match",
            in: "header",
            required: false,
            description: 'The published version the document was read at, as GET\'s ETag ("3"); the same as the document\'s `version` (both given: they must agree, else 422 at `version`). Not a version: 422 at headers.if-match.',
            schema: str,
          },
        ],
        requestBody: { required: true, content: jsonContent(ref("RoutingDocument")) },
        responses: {
          "200": {
            description: "Applied (`changed: true`, the new version) or nothing to change (`changed: false`, the current version); the document as stored, with warnings",
            headers: { ETag: { description: 'The published version, quoted ("3")', schema: str } },
            content: jsonContent(ref("RoutingDocumentApplied")),
          },
          "409": error("The document's `version` (or If-Match) is not the published version: someone applied or published since. Details at `version` (or headers.if-match) name the current version; nothing is written", ["CONFLICT"]),
          ...bodyErrors(1024 * 1024),
          "422": error("The document is not valid: details name each problem's path, all at once (the schema's, a rep listed twice in a team, unknown ids, the config's …); nothing changes", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/members": {
      get: {
        operationId: "listMembers",
        summary: "The workspace's members: user id, name, email, role and rep profile id (null without one)",
        description:
          "For routing as code: the user ids a config names (fallback.ownerUserId, policies.review.reviewerUserId), and members without a rep profile, " +
          "whom a routing document can make reps (a rep entry with userId instead of id). Needs routing:read.",
        security: security("GET /api/v1/members"),
        responses: { "200": { description: "The members, oldest first", content: jsonContent(ref("MemberList")) }, ...common },
      },
    },
    "/routing/test": {
      post: {
        operationId: "testRouting",
        summary: "Dry run: route a sample lead with the published config or a draft; nothing is saved, no rotation moves",
        security: security("POST /api/v1/routing/test"),
        requestBody: { required: true, content: jsonContent(ref("RoutingTestRequest")) },
        responses: {
          "200": { description: "The decision as a lead routed now would show it (GET /leads/{id}'s decision without assignmentId), the rep it would go to, its reasons in words (with \"warnings\" naming what was taken as not given, by path)", content: jsonContent(ref("RoutingTestResult")) },
          ...bodyErrors(256 * 1024),
          "400": error("Malformed JSON, or nothing is published and no draft config was sent (details[0].path = config)", ["MALFORMED_JSON", "BAD_REQUEST"]),
          "422": error("Every problem of the request at once: the body (lead.form, at …; the lead's fields are read as POST /leads reads them, the same 422s at lead.<path>), a sample answer the intake would refuse (lead.answers.<key>, a choice's options listed; unanswered questions are fine), and a draft config, validated exactly as PUT /routing validates a document's config: the same paths (config.<path>, unknown properties included)", ["VALIDATION"]),
          ...common,
        },
      },
    },
  };

  const bookings = bookingApiParts({ fromZod, ref, common });
  const feed = leadFeedApiParts({ ref, common });
  Object.assign(paths["/leads"], { get: feed.list });
  Object.assign(paths, { "/leads.csv": { get: feed.csv } });
  const hooks = webhookApiParts({ fromZod, ref, common });
  const leadEvents = leadEventApiParts({ fromZod, ref, common });
  return {
    schemas: { ...schemas, ...bookings.schemas, ...feed.schemas, ...hooks.schemas, ...leadEvents.schemas },
    paths: { ...paths, ...leadEvents.paths, ...bookings.paths, ...hooks.paths },
    webhooks: hooks.webhooks,
    parameters: { LeadId: { name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } } },
    responses: {
      Unauthorized: {
        description: "No API key, or not a valid one (revoked, expired, unknown)",
        headers: { "WWW-Authenticate": { description: 'Bearer realm="switchboard"', schema: { type: "string" } } },
        content: { "application/json": { schema: ref("Error"), example: { error: { code: "UNAUTHORIZED", message: "…", details: [] } } } },
      },
      ApiKeyRateLimited: {
        description: "Too many requests with this API key (RATE_LIMIT_API_KEY_PER_MINUTE, default 6000 a minute; every request of the key counts; past the limit, POST /api/v1/leads still answers an idempotent replay — the same Idempotency-Key with the same request: 200 with the first lead): wait Retry-After seconds",
        headers: { "Retry-After": { description: "Seconds until a new request is accepted", schema: { type: "integer", minimum: 1 } }, ...RATE_LIMIT_HEADERS },
        content: { "application/json": { schema: ref("Error"), example: { error: { code: "RATE_LIMITED", message: "Too many requests for this API key", details: [] } } } },
      },
      DatabaseBusy: DATABASE_BUSY_RESPONSE(ref),
      MissingScope: {
        description: "The API key lacks the scope this endpoint needs (named in the message and in details[0].message); keys are narrowed in Settings → API keys",
        headers: { "WWW-Authenticate": { description: 'Bearer realm="switchboard", error="insufficient_scope", scope="<scope>"', schema: { type: "string" } }, ...RATE_LIMIT_HEADERS },
        content: { "application/json": { schema: ref("Error"), example: { error: { code: "FORBIDDEN", message: "This API key lacks the scope routing:write", details: [{ path: "scope", message: "routing:write" }] } } } },
      },
    },
    securitySchemes: {
      ApiKey: { type: "http", scheme: "bearer", bearerFormat: "sb_live_…", description:
          "A workspace API key (dashboard, or `npm run apikey -- --workspace <slug>`). Server-to-server only: no CORS. Each key has scopes " +
          "(leads:read, leads:write, routing:read, routing:write, bookings:write, webhooks:write; all unless narrowed) and may expire; each operation names the scope it needs. " +
          "Every answer to a recognised key (any status but 401) tells its rate limit: RateLimit-Limit (requests per minute), RateLimit-Remaining (left after this one) and RateLimit-Reset (seconds until the window starts again).",
      },
    },
  };
}
