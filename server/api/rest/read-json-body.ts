// Reads a JSON request body safely: application/json only (UTF-8: a body in another charset is a 415), at most `maxBytes` (the declared
// Content-Length is checked first, then the stream is read with a byte cap so no more than
// maxBytes + 1 bytes are ever held), valid UTF-8 and valid JSON. Text the database cannot store
// (NUL characters, lone surrogates: domain/validation/storable-text.ts) is made storable in its
// strings and property names: a lead is not lost to one. Where that changed something is returned
// (`repairs`), and the intake endpoints say so in their warnings (textRepairWarnings): it was silent.
import { mayNeedStorableJson, storableJsonWithRepairs, TEXT_REPAIR_MESSAGES, type TTextRepair } from "../../domain/validation/storable-text";
import type { TRequestIssue } from "../../domain/validation/request-issues";
import { mayHaveReservedKey, RESERVED_KEY_MESSAGE, reservedKeyPaths } from "../../http/reserved-json-keys";

export type TReadJsonResult =
  | {
      ok: true;
      value: unknown;
      /** Strings and property names made storable, by path (none for most bodies): textRepairWarnings says so. */
      repairs: TTextRepair[];
      /** Paths of "__proto__" keys (no object can keep one: a record drops it silently), when there are any: textRepairWarnings says so. */
      reservedKeys?: string[];
    }
  | { ok: false; status: 400 | 413 | 415; code: "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE"; message: string; path: string };

/** What an empty (or blank) body is answered with: a 400 MALFORMED_JSON at body. An action that takes no body treats it as none. */
export const EMPTY_BODY_MESSAGE = "The body is empty: send a JSON object";

export function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  return contentType.split(";")[0]!.trim().toLowerCase() === "application/json";
}

/** The charset a content type names (lower-cased, quotes removed), or null when it names none. */
export function contentTypeCharset(contentType: string): string | null {
  for (const param of contentType.split(";").slice(1)) {
    const [name, ...value] = param.split("=");
    if (name!.trim().toLowerCase() === "charset") return value.join("=").trim().replace(/^"(.*)"$/, "$1").toLowerCase();
  }
  return null;
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<TReadJsonResult> {
  const contentType = request.headers.get("content-type");
  if (!isJsonContentType(contentType)) {
    return { ok: false, status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as application/json", path: "headers.content-type" };
  }
  // JSON is UTF-8 (RFC 8259). A body labelled with another charset is still read when it is valid
  // UTF-8 JSON (plain ASCII is, whatever the label); otherwise the answer names the charset (415)
  // instead of calling the JSON malformed.
  const charset = contentTypeCharset(contentType!);
  const isOtherCharset = charset !== null && charset !== "utf-8" && charset !== "utf8";
  const otherCharset = { ok: false, status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: `Only UTF-8 is accepted: send the body as application/json; charset=utf-8 (not ${charset?.slice(0, 40)})`, path: "headers.content-type" } as const;
  const tooLarge = { ok: false, status: 413, code: "PAYLOAD_TOO_LARGE", message: `The body may be at most ${maxBytes} bytes`, path: "body" } as const;
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return tooLarge;

  const bytes = await readCapped(request, maxBytes + 1);
  if (bytes.byteLength > maxBytes) return tooLarge;

  const malformed = { ok: false, status: 400, code: "MALFORMED_JSON", message: "The body is not valid JSON", path: "body" } as const;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return isOtherCharset ? otherCharset : malformed;
  }
  // Nothing sent (a client that forgot the body): say so rather than call it malformed (same code and path).
  if (text.trim() === "") return { ...malformed, message: EMPTY_BODY_MESSAGE };
  try {
    const value = JSON.parse(text) as unknown;
    // A "__proto__" key is left out by whatever reads it into an object: said at its path (it was silent).
    const reserved = mayHaveReservedKey(text) ? reservedKeyPaths(value) : [];
    const reservedKeys = reserved.length > 0 ? { reservedKeys: reserved } : {};
    // NULs and lone surrogates can only come as escapes: without one in the text, nothing to walk.
    return mayNeedStorableJson(text) ? { ok: true, ...storableJsonWithRepairs(value), ...reservedKeys } : { ok: true, value, repairs: [], ...reservedKeys };
  } catch {
    return isOtherCharset ? otherCharset : malformed;
  }
}

/** Up to `cap` bytes of the body; stops reading (and cancels the stream) once the cap is reached. */
async function readCapped(request: Request, cap: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < cap) {
      const { done, value } = await reader.read();
      if (done) break;
      const part = value.byteLength > cap - total ? value.slice(0, cap - total) : value;
      chunks.push(part);
      total += part.byteLength;
    }
  } finally {
    if (total >= cap) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/**
 * The intake's warnings with one for each value made storable (a NUL removed, half an emoji
 * replaced) and each "__proto__" key left out (`reservedKeys`), at its path: joined to the warning
 * already at that path (one warning per path), else first — it is about the request's text as received.
 */
export function textRepairWarnings(warnings: readonly TRequestIssue[], repairs: readonly TTextRepair[], reservedKeys: readonly string[] = []): TRequestIssue[] {
  if (repairs.length === 0 && reservedKeys.length === 0) return [...warnings];
  const notes = new Map<string, string>();
  for (const path of reservedKeys) notes.set(path, RESERVED_KEY_MESSAGE);
  for (const { path, kind } of repairs) if (!notes.has(path || "body")) notes.set(path || "body", TEXT_REPAIR_MESSAGES[kind]);
  const joined = warnings.map((w) => {
    const note = notes.get(w.path);
    if (note === undefined) return w;
    notes.delete(w.path);
    return { path: w.path, message: `${w.message}. ${note}` };
  });
  return [...[...notes].map(([path, message]) => ({ path, message })), ...joined];
}
