// OpenAPI part of POST /leads/{id}/events (leads:write): an outcome from a CRM, idempotent by externalId
// (the same event again: 200; another event under the id: 422 at it, as POST /leads answers a reused key).
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
        isDuplicate: { type: "boolean", description: "True (status 200) when the same event was recorded before under externalId: that recording is returned, nothing new is written" },
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
          "Send `externalId` (or an `Idempotency-Key` header, taken as the externalId when the body gives none) to make retries safe: the same event under the same id again answers 200 with the first recording. " +
          "The same event means the same lead, type, instant, amount and reason as read (\"Won\" and \"won\", \"meeting\" and \"meeting_booked\", \"1,200\" and 1200, 16:50+01:00 and 15:50Z are the same); " +
          "another event under an id already used is a 422 at externalId (or headers.idempotency-key) naming what differs — as POST /leads answers a reused Idempotency-Key — never answered with the first and the change dropped. " +
          "`type` is read in any letter case with spaces around ignored; `amount` also with thousands commas as a CRM exports it (\"42,000.50\"), read as POST /leads reads estimatedValue: one reader of money's text, so a sign or an exponent (\"+5\", \"1e3\") is a 422 at amount. Each recorded event also leaves as a lead.outcome webhook.",
        security: [{ ApiKey: [API_ROUTE_SCOPES["POST /api/v1/leads/{id}/events"]] }],
        parameters: [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description: "1–200 characters: letters, digits, _ - : . + / = (else 422 at headers.idempotency-key). Without externalId in the body it is the event's externalId (another event under it is then a 422 at headers.idempotency-key: \"The Idempotency-Key was already used with a different request\"); with one, externalId wins.",
            schema: { type: "string", pattern: "^[A-Za-z0-9_\\-:.+/=]{1,200}$" },
          },
        ],
        requestBody: { required: true, content: json(ref("LeadEventRequest")) },
        responses: {
          "201": { description: "Recorded", content: json(ref("LeadEventResult")) },
          "200": { description: "The same event was already recorded under this externalId (nothing new written)", content: json(ref("LeadEventResult")) },
          "400": error("Malformed JSON", ["MALFORMED_JSON"]),
          "404": error("No such lead in the key's workspace", ["NOT_FOUND"]),
          "409": error("A spam lead", ["CONFLICT"]),
          "413": error("Body over 8 KB", ["PAYLOAD_TOO_LARGE"]),
          "415": error("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
          "422": error(
            "A field is not valid; details name its path (type, occurredAt, amount, reason, externalId). Also externalId (or the Idempotency-Key standing for it: headers.idempotency-key) already used for another event — a different type, occurredAt, amount, reason or lead — with the message \"The externalId was already used with a different request\"",
            ["VALIDATION"],
          ),
          ...common,
        },
      },
    },
  };
  return { schemas, paths };
}
