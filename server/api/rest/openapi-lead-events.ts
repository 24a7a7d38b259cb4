// OpenAPI part of POST /leads/{id}/events (leads:write): an outcome from a CRM, idempotent by externalId.
import type { z } from "zod";
import { API_ROUTE_SCOPES } from "../../domain/api-keys/scopes";
import { LEAD_STAGES } from "../../domain/outcomes/lead-stages";
import { ZLeadEventRequest } from "../../domain/outcomes/lead-event-request";
import { LEAD_LIFECYCLE_PROPERTIES } from "./openapi-lead-fields";

type TJsonSchema = Record<string, unknown>;
const str = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const nullable = (schema: TJsonSchema) => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", required, properties });
const money = nullable({ ...str, description: 'Decimal as a string ("12500.00")' });

export function leadEventApiParts({ fromZod, ref, common }: { fromZod: (schema: z.ZodType, io: "input" | "output") => TJsonSchema; ref: (name: string) => { $ref: string }; common: Record<string, unknown> }) {
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const error = (description: string, codes: string[]) => ({ description, content: json(ref("Error")), "x-error-codes": codes });
  const stage = { enum: [...LEAD_STAGES] };
  const schemas: Record<string, TJsonSchema> = {
    LeadEventRequest: fromZod(ZLeadEventRequest, "input"),
    LeadOutcome: object({
      id: str,
      leadId: str,
      stage,
      occurredAt: dateTime,
      recordedAt: dateTime,
      amount: money,
      reason: nullable(str),
      source: { enum: ["INBOX", "LEAD_PAGE", "API", "BOOKING", "SYSTEM"] },
      externalId: nullable(str),
      actorUserId: nullable(str),
      repId: nullable({ ...str, description: "The lead's owner when it was recorded" }),
    }),
    LeadEventResult: object(
      {
        outcome: ref("LeadOutcome"),
        stageChanged: { type: "boolean", description: "False when the lead is already further along (a late event): recorded as history, the stage stays" },
        isDuplicate: { type: "boolean", description: "True (status 200) when externalId was recorded before: that recording is returned, nothing new is written" },
        lead: { ...object({ id: str, ...LEAD_LIFECYCLE_PROPERTIES }), description: "The lead's lifecycle after the event: the same fields GET /leads and GET /leads/{id} carry" },
        warnings: {
          type: "array",
          description: "Only when something was ignored: a query parameter (this endpoint reads only its JSON body), at query.<name>",
          items: object({ path: str, message: str }),
        },
      },
      ["outcome", "stageChanged", "isDuplicate", "lead"],
    ),
  };
  const paths = {
    "/leads/{id}/events": {
      parameters: [{ $ref: "#/components/parameters/LeadId" }],
      post: {
        operationId: "recordLeadEvent",
        summary: "Record what happened to a lead in your CRM: contacted, meeting (a meeting booked; meeting_booked is the same), opportunity, won, lost (also meeting_held, no_show, not_a_fit)",
        description:
          "Every event is recorded; the lead's stage moves only when the event is further along (WON after CONTACTED is fine; a CONTACTED arriving after WON is kept as history and may set first contact). " +
          "Send `externalId` (or an `Idempotency-Key` header, taken as the externalId when the body gives none) to make retries safe: the same id again answers 200 with the first recording. Each recorded event also leaves as a lead.outcome webhook.",
        security: [{ ApiKey: [API_ROUTE_SCOPES["POST /api/v1/leads/{id}/events"]] }],
        parameters: [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description: "1–200 characters: letters, digits, _ - : . + / = (else 422 at headers.idempotency-key). Without externalId in the body it is the event's externalId (a 409 then names headers.idempotency-key); with one, externalId wins.",
            schema: { type: "string", pattern: "^[A-Za-z0-9_\\-:.+/=]{1,200}$" },
          },
        ],
        requestBody: { required: true, content: json(ref("LeadEventRequest")) },
        responses: {
          "201": { description: "Recorded", content: json(ref("LeadEventResult")) },
          "200": { description: "Already recorded under this externalId (nothing new written)", content: json(ref("LeadEventResult")) },
          "400": error("Malformed JSON", ["MALFORMED_JSON"]),
          "404": error("No such lead in the key's workspace", ["NOT_FOUND"]),
          "409": error("A spam lead, or externalId (or the Idempotency-Key standing for it) already used for another lead or type (details[0].path = externalId, or headers.idempotency-key)", ["CONFLICT"]),
          "413": error("Body over 8 KB", ["PAYLOAD_TOO_LARGE"]),
          "415": error("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
          "422": error("A field is not valid; details name its path (type, occurredAt, amount, reason, externalId)", ["VALIDATION"]),
          ...common,
        },
      },
    },
  };
  return { schemas, paths };
}
