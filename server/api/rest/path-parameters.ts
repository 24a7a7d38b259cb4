// A NUL character (%00) in a path parameter ({id}, {slug}) is the caller's input, refused before
// anything reads the database: 400 BAD_REQUEST at the parameter's name — the name its 404 uses
// ("leadId", "endpointId", "slug"). It reached the database and was a 400 at "request", which did
// not say which part of the request to fix. The OpenAPI document lists this 400 on every operation
// with a path parameter (openapi-common-errors.ts).
import { AppError, type TErrorDetail } from "../../errors";

const NUL = "\u0000";

/** The detail for a path parameter value that holds a NUL; null when it holds none. */
export function nulPathParameterDetail(value: string, name: string): TErrorDetail | null {
  return value.includes(NUL) ? { path: name, message: `${name} (a path parameter) must not contain a NUL character (%00)` } : null;
}

/** The error to throw for a path parameter value that holds a NUL; null when it holds none. */
export function nulPathParameterError(value: string, name: string): AppError | null {
  const detail = nulPathParameterDetail(value, name);
  return detail ? new AppError("BAD_REQUEST", detail.message, [detail]) : null;
}

/**
 * The path parameter of `route` ("GET /api/v1/leads/{id}") that holds a NUL in the request's URL,
 * as an error at `name`; null when none does, or when the URL is not of the route's shape.
 */
export function nulInRoutePath(url: string, route: string, name: string): AppError | null {
  const template = (route.split(" ")[1] ?? "").split("/");
  const segments = new URL(url).pathname.split("/");
  if (segments.length !== template.length) return null;
  for (const [i, part] of template.entries()) {
    if (!/^\{.+\}$/.test(part)) continue;
    const error = nulPathParameterError(decoded(segments[i]!), name);
    if (error) return error;
  }
  return null;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
