// What an API key may do. The whole list, once: every endpoint of the server-to-server API names
// the one scope it needs (API_ROUTE_SCOPES); a key without it gets 403 naming the scope. A new key
// gets exactly the scopes it is created with (at least one; the dev CLI names them all unless
// narrowed); keys created before scopes existed got every scope.
import { z } from "zod";

export const API_KEY_SCOPES = ["leads:read", "leads:write", "routing:read", "routing:write", "bookings:write", "webhooks:write"] as const;
export type TApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** What each scope allows, for the Settings page and the OpenAPI document. */
export const SCOPE_DESCRIPTIONS: Record<TApiKeyScope, string> = {
  "leads:read": "Read leads: one lead, lists, CSV exports",
  "leads:write": "Create leads, reassign them, record outcome events",
  "routing:read": "Read the routing document and the workspace's members, run routing tests",
  "routing:write": "Replace the routing document (teams, rep profiles, config)",
  "bookings:write": "Read a lead's free slots and book meetings for leads",
  "webhooks:write": "Manage webhook endpoints",
};

/** The scope each endpoint needs ("METHOD /path" as in the OpenAPI document). */
export const API_ROUTE_SCOPES = {
  "POST /api/v1/leads": "leads:write",
  "GET /api/v1/leads": "leads:read",
  "GET /api/v1/leads.csv": "leads:read",
  "GET /api/v1/leads/{id}": "leads:read",
  "POST /api/v1/leads/{id}/reassign": "leads:write",
  "POST /api/v1/leads/{id}/events": "leads:write",
  "GET /api/v1/routing": "routing:read",
  "PUT /api/v1/routing": "routing:write",
  "POST /api/v1/routing/test": "routing:read",
  "GET /api/v1/members": "routing:read",
  "GET /api/v1/bookings/slots": "bookings:write",
  "POST /api/v1/bookings": "bookings:write",
  "GET /api/v1/bookings/{id}": "leads:read",
  "GET /api/v1/webhooks": "webhooks:write",
  "POST /api/v1/webhooks": "webhooks:write",
  "DELETE /api/v1/webhooks/{id}": "webhooks:write",
  "GET /api/v1/webhooks/{id}/deliveries": "webhooks:write",
  "POST /api/v1/webhooks/{id}/rotate-secret": "webhooks:write",
  "POST /api/v1/webhooks/{id}/test": "webhooks:write",
  "POST /api/v1/webhooks/deliveries/{id}/replay": "webhooks:write",
} as const satisfies Record<string, TApiKeyScope>;
export type TApiRoute = keyof typeof API_ROUTE_SCOPES;

export const ZApiKeyScope = z.enum(API_KEY_SCOPES);

/** A key's scopes as chosen: at least one, each once, in the list's order (required: no default). */
export const ZApiKeyScopes = z
  .array(ZApiKeyScope)
  .min(1, "Choose at least one scope")
  .transform((scopes) => API_KEY_SCOPES.filter((s) => scopes.includes(s)));

/** Scopes as stored (a text[] column): unknown values are dropped, never granted. */
export function readScopes(stored: readonly string[]): TApiKeyScope[] {
  return API_KEY_SCOPES.filter((s) => stored.includes(s));
}

export function hasScope(scopes: readonly string[], needed: TApiKeyScope): boolean {
  return scopes.includes(needed);
}

/** Longest expiry offered: two years. */
export const MAX_EXPIRY_DAYS = 730;
