// OpenAPI parts of webhooks: the endpoints' REST management (/webhooks, /webhooks/{id}; scope
// webhooks:write) and the `webhooks` section: each event type's POST to a subscriber, signed per
// Standard Webhooks, with the versioned payload.
import { API_ROUTE_SCOPES, type TApiRoute } from "../../domain/api-keys/scopes";
import { WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT } from "../../domain/webhooks/webhook-events";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_PAYLOAD_VERSION, ZCreateWebhookEndpoint } from "../../domain/webhooks/webhooks";
import type { z } from "zod";

type TJsonSchema = Record<string, unknown>;
const str = { type: "string" };
const dateTime = { type: "string", format: "date-time" };
const nullable = (schema: TJsonSchema) => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", required, properties });

export function webhookApiParts({ fromZod, ref, common }: { fromZod: (schema: z.ZodType, io: "input" | "output") => TJsonSchema; ref: (name: string) => { $ref: string }; common: Record<string, unknown> }) {
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const error = (description: string, codes: string[]) => ({ description, content: json(ref("Error")), "x-error-codes": codes });
  /** What reading a JSON body answers before validation (read-json-body.ts; the handler reads at most 8 KB). */
  const bodyErrors = {
    "400": error('The body is not valid JSON (path "body")', ["MALFORMED_JSON"]),
    "413": error("The body is larger than 8192 bytes", ["PAYLOAD_TOO_LARGE"]),
    "415": error("The body is not application/json, or is in a charset other than UTF-8 (path \"headers.content-type\"; a body valid as UTF-8, such as plain ASCII, is read whatever its label)", ["UNSUPPORTED_MEDIA_TYPE"]),
  };
  const security = (route: TApiRoute) => [{ ApiKey: [API_ROUTE_SCOPES[route]] }];
  const schemas: Record<string, TJsonSchema> = {
    CreateWebhookEndpoint: fromZod(ZCreateWebhookEndpoint, "input"),
    WebhookEndpoint: object({ id: str, url: str, description: str, events: { type: "array", items: { enum: [...WEBHOOK_EVENT_TYPES] } }, isEnabled: { type: "boolean" }, disabledReason: nullable(str),
      holdUntil: { ...nullable(dateTime), description: "While disabled: events are still recorded for it (held) until then — the disable time plus the ~24 h give-up window" },
      heldDeliveries: { type: "integer", description: "Deliveries held while it is disabled: sent at once, oldest first, when it is enabled (those older than the give-up window become EXPIRED)" },
      createdAt: dateTime }),
    WebhookDelivery: object({
      id: str,
      eventId: { ...str, description: "The webhook-id" },
      type: { enum: [...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT.type] },
      status: {
        enum: ["PENDING", "HELD", "DELIVERED", "FAILED", "EXPIRED", "SKIPPED"],
        description: "HELD: its endpoint is disabled, sent when enabled; FAILED: gave up after the retries; EXPIRED: held past the give-up window, not sent (Replay sends it); SKIPPED: from before deliveries were held",
      },
      attempts: { type: "integer" },
      lastStatusCode: nullable({ type: "integer" }),
      lastLatencyMs: nullable({ type: "integer" }),
      lastResponse: nullable(str),
      lastAttemptAt: nullable(dateTime),
      deliveredAt: nullable(dateTime),
      createdAt: dateTime,
    }),
    WebhookEvent: {
      ...object({ type: { enum: [...WEBHOOK_EVENT_TYPES] }, version: { const: WEBHOOK_PAYLOAD_VERSION }, timestamp: dateTime, data: { type: "object", additionalProperties: true } }),
      description:
        "The body of every webhook (payload version 1: fields may be added, none removed without a new version). Headers (Standard Webhooks): webhook-id (the event's id, the same on every retry and replay: deduplicate on it), " +
        "webhook-timestamp (seconds), webhook-signature (v1,<base64 HMAC-SHA256 of `id.timestamp.body`>; one more space-separated signature per replaced secret still in its 24 h overlap after a rotation). Answer 2xx within 10 s; anything else (redirects included) is retried with exponential backoff for about 24 h.",
    },
  };
  const paths = {
    "/webhooks": {
      get: {
        operationId: "listWebhooks",
        summary: "The workspace's webhook endpoints (never their secrets)",
        security: security("GET /api/v1/webhooks"),
        responses: { "200": { description: "The endpoints", content: json(object({ endpoints: { type: "array", items: ref("WebhookEndpoint") } })) }, ...common },
      },
      post: {
        operationId: "createWebhook",
        summary: "Subscribe an endpoint to events; the signing secret is returned here only",
        description:
          "Retry-safe: with an Idempotency-Key, the same key and request again answers 200 with the endpoint it created and its secret (while the secret was never rotated; after a rotation a 409 at headers.idempotency-key). Without a key, an endpoint of the workspace that already sends the same events (any order) to the same url is a 409 at url naming it: a second one would deliver every event twice.",
        security: security("POST /api/v1/webhooks"),
        parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
        requestBody: { required: true, content: json(ref("CreateWebhookEndpoint")) },
        responses: {
          "201": { description: "Created", content: json(object({ endpoint: ref("WebhookEndpoint"), secret: { ...str, description: "whsec_…: store it now, it is never shown again" } })) },
          "200": { description: "Replay: this Idempotency-Key created this endpoint with the same request; the same answer", content: json(object({ endpoint: ref("WebhookEndpoint"), secret: str })) },
          "409": error("Too many endpoints in the workspace; the same url and events already subscribed (details[0].path = url, naming the endpoint); or the Idempotency-Key's endpoint had its secret rotated since (headers.idempotency-key)", ["CONFLICT"]),
          ...bodyErrors,
          "422": error("url or events not valid (details name the path); Idempotency-Key malformed or already used with another request (headers.idempotency-key)", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/webhooks/{id}/rotate-secret": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } }],
      post: {
        operationId: "rotateWebhookSecret",
        summary:
          "A new signing secret (returned here only); each replaced secret keeps signing alongside it for 24 hours after the rotation that replaced it (one signature per secret in webhook-signature), so rotating again never cuts an earlier overlap short. No body, or {}.",
        security: security("POST /api/v1/webhooks/{id}/rotate-secret"),
        requestBody: { required: false, content: json({ type: "object", additionalProperties: false, properties: {} }) },
        responses: {
          "200": {
            description: "Rotated",
            content: json(object({ secret: str, previousSecretExpiresAt: { ...dateTime, description: "When the secret just replaced stops signing" }, previousSecrets: { type: "array", description: "Every replaced secret still signing, newest first", items: object({ expiresAt: dateTime }) } })),
          },
          "404": error("No such endpoint in the key's workspace", ["NOT_FOUND"]),
          "409": error("3 replaced secrets still sign: the message says when the oldest stops and a rotation is possible again", ["CONFLICT"]),
          ...bodyErrors,
          "422": error("The body has a property (details name its path)", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/webhooks/{id}/test": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } }],
      post: {
        operationId: "sendWebhookTest",
        summary: "Send a webhook.test event to this endpoint only (data: { endpointId }); delivered, retried and logged like any other. No body, or {}.",
        security: security("POST /api/v1/webhooks/{id}/test"),
        requestBody: { required: false, content: json({ type: "object", additionalProperties: false, properties: {} }) },
        responses: {
          "202": { description: "Queued", content: json(object({ deliveryId: str, eventId: { ...str, description: "Its webhook-id" } })) },
          "404": error("No such endpoint in the key's workspace", ["NOT_FOUND"]),
          ...bodyErrors,
          "422": error("The body has a property (details name its path)", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/webhooks/{id}/deliveries": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } }],
      get: {
        operationId: "listWebhookDeliveries",
        summary: "The endpoint's delivery log, newest first (100): status, attempts, last status code, latency and the first 1 KB of the answer",
        security: security("GET /api/v1/webhooks/{id}/deliveries"),
        responses: { "200": { description: "The log", content: json(object({ deliveries: { type: "array", items: ref("WebhookDelivery") } })) }, "404": error("No such endpoint in the key's workspace", ["NOT_FOUND"]), ...common },
      },
    },
    "/webhooks/deliveries/{id}/replay": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } }],
      post: {
        operationId: "replayWebhookDelivery",
        summary: "Send one delivery again now, with the same webhook-id (delivered, failed or pending). No body, or {}.",
        security: security("POST /api/v1/webhooks/deliveries/{id}/replay"),
        requestBody: { required: false, content: json({ type: "object", additionalProperties: false, properties: {} }) },
        responses: {
          "200": { description: "The attempt's result", content: json(object({ result: object({ status: { enum: ["DELIVERED", "FAILED", "DONE", "HELD", "RETRY"] }, statusCode: nullable({ type: "integer" }) }) })) },
          "404": error("No such delivery in the key's workspace", ["NOT_FOUND"]),
          ...bodyErrors,
          "422": error("The body has a property (details name its path)", ["VALIDATION"]),
          ...common,
        },
      },
    },
    "/webhooks/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 100 } }],
      delete: {
        operationId: "deleteWebhook",
        summary: "Remove an endpoint (its pending deliveries stop). No body, or {}.",
        security: security("DELETE /api/v1/webhooks/{id}"),
        requestBody: { required: false, content: json({ type: "object", additionalProperties: false, properties: {} }) },
        responses: {
          "204": { description: "Removed" },
          "404": error("No such endpoint in the key's workspace", ["NOT_FOUND"]),
          ...bodyErrors,
          "422": error("The body has a property (details name its path): nothing is deleted", ["VALIDATION"]),
          ...common,
        },
      },
    },
  };
  // The `webhooks` section: one POST per catalogue entry (and the test event), its body the
  // envelope with that event's data; each body is also a component (Webhook<Area><Thing>).
  const catalogue = [...Object.entries(WEBHOOK_EVENTS), [WEBHOOK_TEST_EVENT.type, WEBHOOK_TEST_EVENT] as const];
  const webhooks: Record<string, Record<string, unknown>> = {};
  for (const [type, spec] of catalogue) {
    const name = `Webhook${type.split(/[._]/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("")}`;
    schemas[name] = { ...object({ type: { const: type }, version: { const: WEBHOOK_PAYLOAD_VERSION }, timestamp: { ...dateTime, description: "When the change happened: order by it" }, data: fromZod(spec.data, "output") }), description: spec.summary };
    webhooks[type] = {
      post: {
        operationId: `webhook_${type.replace(".", "_")}`,
        summary: `${type}: ${spec.summary} (payload version ${WEBHOOK_PAYLOAD_VERSION})`,
        description: schemas.WebhookEvent!.description,
        parameters: ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => ({ name, in: "header", required: true, schema: str })),
        requestBody: { required: true, content: json(ref(name)) },
        responses: { "200": { description: "Any 2xx acknowledges the delivery" } },
      },
    };
  }
  return { schemas, paths, webhooks };
}
