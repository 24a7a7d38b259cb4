// Shared by the server-to-server API tests: the demo workspace (routing kit) with a real API key,
// another workspace with its own key, request builders, and `POST /api/v1/leads` through its handler.
import type { TestDb } from "./test-db";
import { makeWorkspace } from "./factories";
import { handleCreateLead } from "../api/rest/handle-leads";
import type { TLeadResource } from "../api/rest/lead-resource";
import type { TApiErrorBody } from "../domain/forms/submission-contract";
import { ALL_API_KEY_SCOPES, createApiKey } from "../services/api-keys/api-keys";
import { startRoutingKit, type TRoutingKit, type TRoutingKitEnv } from "./routing-kit";

export interface TApiKit extends TRoutingKit {
  key: string;
  keyId: string;
  otherKey: string;
  otherWorkspaceId: string;
}

export async function startApiKit(testDb: TestDb): Promise<TApiKit> {
  const kit = await startRoutingKit(testDb);
  const created = await createApiKey(testDb.db, { workspaceId: kit.workspaceId, name: "CRM sync", scopes: ALL_API_KEY_SCOPES });
  const other = await makeWorkspace(testDb.db, "Other");
  const otherKey = await createApiKey(testDb.db, { workspaceId: other.id, name: "Other CRM", scopes: ALL_API_KEY_SCOPES });
  return { ...kit, key: created.key, keyId: created.id, otherKey: otherKey.key, otherWorkspaceId: other.id };
}

export function apiRequest(method: string, path: string, options: { key?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { ...(options.key ? { authorization: `Bearer ${options.key}` } : {}), ...(options.body !== undefined ? { "content-type": "application/json" } : {}), ...options.headers };
  return new Request(`http://localhost/api/v1${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
  });
}

export async function readJson<T = unknown>(response: Response): Promise<{ status: number; json: T; headers: Headers }> {
  return { status: response.status, json: (await response.json()) as T, headers: response.headers };
}

export type TLeadWarning = { path: string; message: string };
/** `POST /api/v1/leads`'s answer: the lead and its warnings (201, 200 for a replay), or an error. */
export type TLeadAnswerBody = { lead: TLeadResource; warnings?: TLeadWarning[] } & TApiErrorBody;

/** `post(body, headers)`: `POST /api/v1/leads` with the kit's API key through the real handler, at `now`, routing with the kit. */
export function leadPoster(env: TRoutingKitEnv<TApiKit>, now: Date) {
  return (body: unknown, headers: Record<string, string> = {}) =>
    handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body, headers }), now, env.kit.deps).then((r) => readJson<TLeadAnswerBody>(r));
}
