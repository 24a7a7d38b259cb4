// The routing history's note for a config applied through the API (PUT /api/v1/routing): the key
// as the API keys page shows it — its name and prefix — so a manager can tell which key it was.
// Pure: the service reads the key (scoped to the workspace) and passes it in.

export interface TApiKeyLabel {
  name: string;
  /** The key's first characters (sb_live_abcd), shown with an ellipsis as on the API keys page. */
  prefix: string;
}

/** "Applied through the API (key “CRM sync”, sb_live_3CFV…)"; without a key (deleted, or not this workspace's): "Applied through the API". */
export function apiKeyAppliedNote(key: TApiKeyLabel | null): string {
  if (!key) return "Applied through the API";
  return `Applied through the API (key “${key.name}”, ${key.prefix}…)`;
}
