// A wait in words for people ("in 3 minutes"), from a Retry-After in seconds: sign-in pages and
// the hosted form say how long to wait instead of a guess.

/** "in 3 minutes", "in 40 seconds", "in 2 hours". */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `in ${hours} hours`;
}

/** A Retry-After header given in seconds (the only form our API sends), else null. */
export function retryAfterSeconds(header: string | null): number | null {
  if (header === null || !/^\d{1,7}$/.test(header.trim())) return null;
  return Number(header.trim());
}
