// OpenAPI: the API key's rate limit as every answer after the key was recognised tells it
// (authenticate.ts withQuota: any status but the 401, which took no point), by the IETF RateLimit
// header fields draft's names. Defined once as header components; withRateLimitHeaders refers to
// them from every response of every operation an API key may call (the 401 aside), so no operation
// can be left without them; openapi-rate-limit-headers.unit.test.ts walks the document to check.

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });
const WHEN = "Sent on every answer to a recognised API key (any status but 401); not on the booking token's way, nor when the database failed before the key was checked (a 503 or 500)";

/** components.headers: the three, once. */
export const RATE_LIMIT_HEADER_COMPONENTS = {
  RateLimitLimit: { description: `Requests the API key may make per window (RATE_LIMIT_API_KEY_PER_MINUTE: a minute). ${WHEN}`, schema: { type: "integer", minimum: 1 } },
  RateLimitRemaining: { description: `Requests left in the current window after this one (0 once over the limit). ${WHEN}`, schema: { type: "integer", minimum: 0 } },
  RateLimitReset: { description: `Seconds until the window starts again. ${WHEN}`, schema: { type: "integer", minimum: 1 } },
} as const;

/** A response's `headers` entries: references to the components, never copies. */
export const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": ref("RateLimitLimit"),
  "RateLimit-Remaining": ref("RateLimitRemaining"),
  "RateLimit-Reset": ref("RateLimitReset"),
} as const;

type TResponse = { $ref?: string; headers?: Record<string, unknown>; [key: string]: unknown };
type TOperation = { security?: Record<string, unknown>[]; responses?: Record<string, TResponse> };

/**
 * Shared responses an API key operation refers to: the 401 has no RateLimit headers (no point was
 * taken); MissingScope and ApiKeyRateLimited are the key's own and carry them; the 503 shared with
 * the public form endpoints is swapped for its API-key twin (ApiKeyDatabaseBusy). Any other shared
 * response is refused while building the document, so a new one cannot go without them.
 */
const SHARED: Record<string, string | null> = {
  "#/components/responses/Unauthorized": null,
  "#/components/responses/MissingScope": "#/components/responses/MissingScope",
  "#/components/responses/ApiKeyRateLimited": "#/components/responses/ApiKeyRateLimited",
  "#/components/responses/DatabaseBusy": "#/components/responses/ApiKeyDatabaseBusy",
};

/** The 503 with the key's headers (components.responses.ApiKeyDatabaseBusy), from the shared one. */
export function apiKeyDatabaseBusy(busy: TResponse): TResponse {
  return { ...busy, headers: { ...busy.headers, ...RATE_LIMIT_HEADERS } };
}

const takesApiKey = (operation: TOperation) => (operation.security ?? []).some((requirement) => "ApiKey" in requirement);

function withHeaders(operation: TOperation): TOperation {
  const responses = Object.fromEntries(
    Object.entries(operation.responses ?? {}).map(([status, response]) => {
      if (status === "401") return [status, response];
      if (response.$ref !== undefined) {
        const shared = SHARED[response.$ref];
        if (shared === undefined) throw new Error(`OpenAPI: ${response.$ref} answers an API key: say in openapi-rate-limit-headers.ts whether it carries RateLimit-*`);
        return [status, shared === null ? response : { $ref: shared }];
      }
      return [status, { ...response, headers: { ...response.headers, ...RATE_LIMIT_HEADERS } }];
    }),
  );
  return { ...operation, responses };
}

/** `paths` with RateLimit-* on each response (but the 401) of every operation an API key may call (a new object). */
export function withRateLimitHeaders(paths: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(Object.entries(item).map(([key, value]) => [key, isOperation(value) && takesApiKey(value) ? withHeaders(value) : value])),
    ]),
  );
}

function isOperation(value: unknown): value is TOperation {
  return typeof value === "object" && value !== null && "responses" in value;
}
