// Shared by the server-to-server API tests: the demo workspace (routing kit) with a real API key,
// another workspace with its own key, and request builders.
import type { TestDb } from "./test-db";
import { makeWorkspace } from "./factories";
import { ALL_API_KEY_SCOPES, createApiKey } from "../services/api-keys/api-keys";
import { startRoutingKit, type TRoutingKit } from "./routing-kit";

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
