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
