// A prospect's progress on one form version, kept in localStorage so a reload resumes:
// answers, current step, the way back, when they started and the Idempotency-Key of the submission.
// Browser only; every access tolerates a missing or full storage (private mode, quotas).
import type { TAnswers } from "@/server/domain/forms/definition";

export interface TProgress {
  answers: TAnswers;
  stepId: string | null;
  /** Steps visited before the current one, oldest first (Back follows jumps). */
  history: string[];
  startedAt: string;
  idempotencyKey: string;
}

export interface TSession {
  progress: TProgress;
  /** True when the progress came from storage (the page resumes where the prospect left). */
  isResumed: boolean;
}

export function progressKey(slug: string, version: number): string {
  return `switchboard:form:${slug}:v${version}`;
}

function isProgress(value: unknown): value is TProgress {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.answers === "object" && p.answers !== null && !Array.isArray(p.answers) &&
    (p.stepId === null || typeof p.stepId === "string") &&
    Array.isArray(p.history) && p.history.every((s) => typeof s === "string") &&
    typeof p.startedAt === "string" && !Number.isNaN(Date.parse(p.startedAt)) &&
    typeof p.idempotencyKey === "string" && p.idempotencyKey.length > 0
  );
}

export function parseProgress(raw: string | null): TProgress | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isProgress(value) ? value : null;
  } catch {
    return null;
  }
}

function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Read once per page view: the session is the snapshot of an external store that never changes
// (saving progress must not re-render or remount the form).
const sessions = new Map<string, TSession>();

export function readSession(key: string): TSession {
  let session = sessions.get(key);
  if (!session) {
    const saved = parseProgress(readStorage(key));
    session = saved
      ? { progress: saved, isResumed: true }
      : { progress: { answers: {}, stepId: null, history: [], startedAt: new Date().toISOString(), idempotencyKey: newIdempotencyKey() }, isResumed: false };
    sessions.set(key, session);
  }
  return session;
}

export function saveProgress(key: string, progress: TProgress): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(progress));
  } catch {
    // Storage full or disabled: the form still works, it just won't resume.
  }
}

/**
 * Whether the server refused the submission because its Idempotency-Key already names another
 * submission (a 422 at headers.idempotency-key): the first one was stored but its answer never
 * reached this page, and the prospect has changed an answer since.
 */
export function isIdempotencyConflict(status: number, json: unknown): boolean {
  if (status !== 422 || typeof json !== "object" || json === null) return false;
  const details = (json as { error?: { details?: unknown } }).error?.details;
  return Array.isArray(details) && details.some((d) => typeof d === "object" && d !== null && (d as { path?: unknown }).path === "headers.idempotency-key");
}

/** A fresh Idempotency-Key for the session's submission (kept with its progress): its answers are a new submission. */
export function renewIdempotencyKey(key: string): string {
  const session = readSession(key);
  session.progress = { ...session.progress, idempotencyKey: newIdempotencyKey() };
  saveProgress(key, session.progress);
  return session.progress.idempotencyKey;
}

export function clearProgress(key: string): void {
  sessions.delete(key);
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
