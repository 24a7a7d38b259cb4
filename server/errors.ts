// One error type for services. Transports map `code` to HTTP status / tRPC code; `details`
// carries field paths for validation errors. Messages are safe to show to the caller.
export type TAppErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL";

export interface TErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly details: TErrorDetail[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<TAppErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export function validationError(details: TErrorDetail[], message = "Some fields are not valid"): AppError {
  return new AppError("VALIDATION", message, details);
}
