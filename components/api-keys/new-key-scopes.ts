// The scopes a new key starts with and what stops it being created. Least privilege: nothing is
// ticked until the admin picks what the integration needs; a key without a scope is refused here
// before the server refuses it too (tRPC input ZApiKeyScopes, services/api-keys createApiKey). Pure.
import type { TApiKeyScope } from "@/server/domain/api-keys/scopes";

export const INITIAL_SCOPES: readonly TApiKeyScope[] = [];

export const NO_SCOPE_MESSAGE = "Choose at least one scope: a key can only do what its scopes allow.";

/** Why the key cannot be created yet, or null when it can. */
export function newKeyProblem(name: string, scopes: readonly TApiKeyScope[]): string | null {
  if (!name.trim()) return "Name the key";
  if (scopes.length === 0) return NO_SCOPE_MESSAGE;
  return null;
}
