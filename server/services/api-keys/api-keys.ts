// Workspace API keys for the REST API ("routing as code"). The key is shown once at creation;
// only its SHA-256 is stored, with a short prefix to recognise it in the dashboard. Each key has
// the scopes its creator names (server/domain/api-keys/scopes.ts; never all by omission:
// ALL_API_KEY_SCOPES says so where all is meant), an optional expiry and the time it was last
// used (written at most once a minute per key, so busy keys cost no extra writes).
import crypto from "node:crypto";
import type { Db } from "../../db/client";
import { API_KEY_SCOPES, MAX_EXPIRY_DAYS, readScopes, type TApiKeyScope } from "../../domain/api-keys/scopes";
import { AppError } from "../../errors";

const KEY_PREFIX = "sb_live_";
const DAY_MS = 24 * 60 * 60 * 1000;
/** lastUsedAt is rewritten only when older than this. */
const LAST_USED_PRECISION_MS = 60_000;

export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

/** Every scope: for the callers that mean to grant them all (the owner's `npm run apikey` without --scopes, test kits). */
export const ALL_API_KEY_SCOPES: readonly TApiKeyScope[] = API_KEY_SCOPES;

export interface TCreateApiKeyInput {
  workspaceId: string;
  name: string;
  createdById?: string | null;
  /** Required, at least one: a key gets only the scopes it is given (ALL_API_KEY_SCOPES for all). */
  scopes: readonly TApiKeyScope[];
  /** Absent or null = never expires. */
  expiresInDays?: number | null;
  now?: Date;
}

export async function createApiKey(db: Db, input: TCreateApiKeyInput) {
  const name = input.name.trim();
  if (!name || name.length > 80) throw new AppError("VALIDATION", "Name the key", [{ path: "name", message: "Use 1–80 characters" }]);
  // `?? []`: a caller outside the type checker that leaves scopes out is refused below, never given all.
  const given: readonly string[] = input.scopes ?? [];
  const scopes = API_KEY_SCOPES.filter((s) => given.includes(s));
  if (scopes.length === 0) throw new AppError("VALIDATION", "Choose at least one scope", [{ path: "scopes", message: "Choose at least one scope" }]);
  const days = input.expiresInDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS)) {
    throw new AppError("VALIDATION", "Choose an expiry", [{ path: "expiresInDays", message: `Use 1–${MAX_EXPIRY_DAYS} days, or no expiry` }]);
  }
  const now = input.now ?? new Date();
  const key = `${KEY_PREFIX}${crypto.randomBytes(24).toString("base64url")}`;
  const created = await db.apiKey.create({
    data: {
      workspaceId: input.workspaceId,
      name,
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      keyHash: hashApiKey(key),
      scopes,
      expiresAt: days === null ? null : new Date(now.getTime() + days * DAY_MS),
      createdById: input.createdById ?? null,
    },
  });
  return { id: created.id, name, prefix: created.prefix, scopes, expiresAt: created.expiresAt, key };
}

export async function listApiKeys(db: Db, workspaceId: string, now = new Date()) {
  const rows = await db.apiKey.findMany({
    where: { workspaceId },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({ ...r, scopes: readScopes(r.scopes), isExpired: r.expiresAt !== null && r.expiresAt.getTime() <= now.getTime() }));
}

export async function revokeApiKey(db: Db, workspaceId: string, keyId: string, now = new Date()): Promise<void> {
  const { count } = await db.apiKey.updateMany({ where: { id: keyId, workspaceId, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new AppError("NOT_FOUND", "API key not found.");
  // Refused at once by this process (others within API_KEY_CACHE_MS).
  for (const [hash, cached] of keyCache()) if (cached.id === keyId) keyCache().delete(hash);
}

export interface TApiKeyCaller {
  workspaceId: string;
  keyId: string;
  scopes: TApiKeyScope[];
}

/** malformed: the header is not `Bearer sb_live_…` at all (another scheme, no key); invalid: a key this app does not know (or revoked). */
export type TApiKeyAuthentication = { ok: true; caller: TApiKeyCaller } | { ok: false; reason: "malformed" | "invalid" } | { ok: false; reason: "expired"; expiredAt: Date };

/**
 * How long this process trusts what it read about a key (revocation, expiry date, scopes) before
 * reading it again: a request costs no key lookup while its key's entry is fresh. A key revoked
 * through this process (revokeApiKey) is refused at once; revoked through another process, it is
 * refused here within this many milliseconds. Expiry itself is checked on every request.
 */
export const API_KEY_CACHE_MS = 5_000;
const API_KEY_CACHE_MAX = 1_000;

interface TCachedKey {
  id: string;
  workspaceId: string;
  scopes: TApiKeyScope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  /** performance.now() when it was read from the database. */
  readAt: number;
}

// By key hash; on globalThis because Next.js loads this module once per bundle layer (the tRPC
// revoke and the REST route handlers must see one cache).
const globalForKeys = globalThis as unknown as { __switchboardApiKeys?: Map<string, TCachedKey> };
const keyCache = () => (globalForKeys.__switchboardApiKeys ??= new Map());

async function readKey(db: Db, keyHash: string, maxAgeMs: number): Promise<TCachedKey | null> {
  const cache = keyCache();
  const cached = cache.get(keyHash);
  if (cached && performance.now() - cached.readAt <= maxAgeMs) return cached;
  const row = await db.apiKey.findUnique({ where: { keyHash }, select: { id: true, workspaceId: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true } });
  cache.delete(keyHash);
  if (!row) return null; // unknown keys are not remembered: nothing to fill the cache with
  if (cache.size >= API_KEY_CACHE_MAX) cache.delete(cache.keys().next().value!); // the oldest read
  const key = { ...row, scopes: readScopes(row.scopes), readAt: performance.now() };
  cache.set(keyHash, key);
  return key;
}

/**
 * The caller of an `Authorization: Bearer …` header: a valid, unrevoked, unexpired key's workspace
 * and scopes. What is known about the key may be up to `maxAgeMs` old (API_KEY_CACHE_MS).
 */
export async function authenticateApiKey(db: Db, authorization: string | null, now = new Date(), { maxAgeMs = API_KEY_CACHE_MS } = {}): Promise<TApiKeyAuthentication> {
  // The scheme is case-insensitive (RFC 9110 §11.1): "bearer sb_live_…" is the same credential.
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization?.trim() ?? "");
  if (!match) return { ok: false, reason: "malformed" };
  if (!/^sb_live_[A-Za-z0-9_-]{20,80}$/.test(match[1]!)) return { ok: false, reason: "invalid" };
  const key = await readKey(db, hashApiKey(match[1]!), maxAgeMs);
  if (!key || key.revokedAt) return { ok: false, reason: "invalid" };
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired", expiredAt: key.expiresAt };
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    // Conditional: of the concurrent requests (and processes) that all saw a stale value, one
    // writes and the others match no row — at most one write a minute per key.
    const staleBefore = new Date(now.getTime() - LAST_USED_PRECISION_MS);
    key.lastUsedAt = now;
    await db.apiKey.updateMany({ where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] }, data: { lastUsedAt: now } });
  }
  return { ok: true, caller: { workspaceId: key.workspaceId, keyId: key.id, scopes: key.scopes } };
}
