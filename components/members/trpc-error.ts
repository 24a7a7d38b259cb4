// Reads the field details our tRPC error formatter attaches ({ path, message }[]).
export interface TFieldDetail {
  path: string;
  message: string;
}

export function errorDetails(error: unknown): TFieldDetail[] {
  const data = (error as { data?: { details?: TFieldDetail[] } } | null)?.data;
  return Array.isArray(data?.details) ? data.details : [];
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Please try again.";
}

/** The tRPC error code (CONFLICT, NOT_FOUND …), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}
