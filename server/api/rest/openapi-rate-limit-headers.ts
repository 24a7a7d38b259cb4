// OpenAPI: the API key's rate limit as every answer after the key was recognised tells it
// (authenticate.ts), by the IETF RateLimit header fields draft's names. Shared by the operations
// that document their success headers and by the 429.

export const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { description: "Requests the API key may make per window (RATE_LIMIT_API_KEY_PER_MINUTE: a minute)", schema: { type: "integer", minimum: 1 } },
  "RateLimit-Remaining": { description: "Requests left in the current window after this one (0 once over the limit)", schema: { type: "integer", minimum: 0 } },
  "RateLimit-Reset": { description: "Seconds until the window starts again", schema: { type: "integer", minimum: 1 } },
} as const;
