// Thrown when a limit is exceeded. Transports answer 429 with `Retry-After` and the API's error
// body ({ error: { code: "RATE_LIMITED", message, details } }); sign-in pages show the message.
import { AppError } from "../../errors";

export class RateLimitError extends AppError {
  constructor(
    readonly retryAfterS: number,
    message = "Too many requests; try again later",
    /** The refused limit as the RateLimit-* headers tell it (remaining 0), when the limiter knows it. */
    readonly quota?: { limit: number; remaining: number; resetS: number },
  ) {
    super("RATE_LIMITED", message);
  }
}

export { retryAfterText } from "../../domain/rate-limit/retry-after-text";
