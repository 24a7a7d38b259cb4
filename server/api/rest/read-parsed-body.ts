// A JSON request body as the REST handlers take it, in one place: read with readJsonBody (415,
// 413, 400 answered as `{ error: { code, message, details: [{ path, message }] } }`, the path the
// reader names), then, when a schema is given, checked with it (422 VALIDATION "The request body is
// not valid", one detail per zod issue at its dotted path: requestIssues). Either a ready Response
// or the value with the text repairs and "__proto__" paths textRepairWarnings says.
import type { z } from "zod";
import type { TTextRepair } from "../../domain/validation/storable-text";
import { requestIssues } from "../../domain/validation/request-issues";
import { jsonError } from "./json-error";
import { readJsonBody, type TReadJsonResult } from "./read-json-body";

/** The message of the 422 for a body that does not match its schema (as every REST body says it). */
export const INVALID_BODY_MESSAGE = "The request body is not valid";

export interface TBodyOptions {
  maxBytes: number;
  /** Headers every error response carries (a form's CORS headers); none by default. */
  headers?: Record<string, string>;
}

export type TBodyResult<T> =
  | { ok: true; value: T; repairs: TTextRepair[]; reservedKeys?: string[] }
  | { ok: false; response: Response };

/** The body, read and checked as JSON only (the service validates it): a 400/413/415 response when it cannot be read. */
export async function readBody(request: Request, { maxBytes, headers = {} }: TBodyOptions): Promise<TBodyResult<unknown>> {
  return asBodyResult(await readJsonBody(request, maxBytes), headers);
}

/** The body read and checked with `schema`: a 400/413/415 response when it cannot be read, a 422 naming each issue's path when it does not match. */
export async function readParsedBody<S extends z.ZodType>(request: Request, schema: S, options: TBodyOptions): Promise<TBodyResult<z.output<S>>> {
  return parseReadBody(await readJsonBody(request, options.maxBytes), schema, options.headers);
}

/** As readParsedBody, for a body a handler read before (it looked inside it first: a booking token). */
export function parseReadBody<S extends z.ZodType>(body: TReadJsonResult, schema: S, headers: Record<string, string> = {}): TBodyResult<z.output<S>> {
  const read = asBodyResult(body, headers);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) return { ok: false, response: jsonError(422, "VALIDATION", INVALID_BODY_MESSAGE, requestIssues(parsed.error.issues), headers) };
  return { ...read, value: parsed.data };
}

function asBodyResult(body: TReadJsonResult, headers: Record<string, string>): TBodyResult<unknown> {
  if (!body.ok) return { ok: false, response: jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }], headers) };
  return body;
}
