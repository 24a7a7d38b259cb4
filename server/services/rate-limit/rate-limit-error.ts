// Thrown when a limit is exceeded. Transports answer 429 with `Retry-After` and the API's error
// body ({ error: { code: "RATE_LIMITED", message, details } }); sign-in pages show the message.
import { AppError } from "../../errors";

export class RateLimitError extends AppError {
  constructor(
    readonly retryAfterS: number,
    message = "Too many requests; try again later",
  ) {
    super("RATE_LIMITED", message);
  }
}

/** "in 3 minutes", "in 40 seconds", "in 2 hours": for messages shown to people. */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `in ${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `in ${hours} hours`;
}
