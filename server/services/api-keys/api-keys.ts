// Workspace API keys for the REST API ("routing as code"). The key is shown once at creation;
// only its SHA-256 is stored, with a short prefix to recognise it in the dashboard.
import crypto from "node:crypto";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";

const KEY_PREFIX = "sb_live_";

export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

export async function createApiKey(db: Db, input: { workspaceId: string; name: string; createdById?: string | null }) {
  const name = input.name.trim();
  if (!name || name.length > 80) throw new AppError("VALIDATION", "Name the key", [{ path: "name", message: "Use 1–80 characters" }]);
  const key = `${KEY_PREFIX}${crypto.randomBytes(24).toString("base64url")}`;
  const created = await db.apiKey.create({
    data: { workspaceId: input.workspaceId, name, prefix: key.slice(0, KEY_PREFIX.length + 6), keyHash: hashApiKey(key), createdById: input.createdById ?? null },
  });
  return { id: created.id, name, prefix: created.prefix, key };
}

export async function listApiKeys(db: Db, workspaceId: string) {
  return db.apiKey.findMany({
    where: { workspaceId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiKey(db: Db, workspaceId: string, keyId: string, now = new Date()): Promise<void> {
  const { count } = await db.apiKey.updateMany({ where: { id: keyId, workspaceId, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new AppError("NOT_FOUND", "API key not found.");
}

/** The workspace of a valid, unrevoked key from an `Authorization: Bearer …` header, or null. */
export async function authenticateApiKey(db: Db, authorization: string | null, now = new Date()): Promise<{ workspaceId: string; keyId: string } | null> {
  const match = /^Bearer\s+(sb_live_[A-Za-z0-9_-]{20,80})\s*$/.exec(authorization ?? "");
  if (!match) return null;
  const key = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(match[1]!) } });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { workspaceId: key.workspaceId, keyId: key.id };
}
