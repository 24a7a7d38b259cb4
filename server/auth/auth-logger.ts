// What Auth.js logs. By default every refused request — a sign-in POST without a valid CSRF token,
// an unknown /api/auth/<action>, a wrong password, a used magic link — prints a full stack trace,
// so anyone on the internet can fill the server's log with traces by posting junk. Those refusals
// are the requester's doing and Auth.js already answers them (a redirect with ?error=…, a 400):
// one line each here. Anything else (the adapter, the mail sender, a misconfiguration) keeps its
// stack and cause, as Auth.js would print them.

/** Auth.js error types a request causes by itself; nothing on the server is wrong. */
const REFUSED_REQUEST_TYPES: ReadonlySet<string> = new Set([
  "AccessDenied",
  "CredentialsSignin",
  "InvalidCallbackUrl",
  "InvalidCheck",
  "InvalidProvider",
  "MissingCSRF",
  "UnknownAction",
  "Verification",
]);

/** @auth/core throws a plain Error for /api/auth/callback/<an id that is not a provider>. */
const UNKNOWN_PROVIDER = /^Provider with id "[^"]{0,200}" not found\b/;

export type AuthLogLine = { refusedRequest: boolean; text: string };

function withoutReadMore(message: string): string {
  return message.replace(/\s*Read more at https:\/\/errors\.authjs\.dev\S*\s*$/, "");
}

function describeCause(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause === undefined) return "";
  if (cause instanceof Error) return `\n  caused by: ${cause.stack ?? `${cause.name}: ${cause.message}`}`;
  if (typeof cause === "object" && cause !== null && "err" in cause && (cause as { err: unknown }).err instanceof Error) {
    const inner = (cause as { err: Error }).err;
    return `\n  caused by: ${inner.stack ?? `${inner.name}: ${inner.message}`}`;
  }
  return "";
}

/** The log line for an error Auth.js reports: one line for a refused request, the stack otherwise. */
export function describeAuthError(error: Error): AuthLogLine {
  // Auth.js's errors carry their type as a property (read, not instanceof: Next may bundle
  // @auth/core into more than one chunk).
  const ownType = (error as { type?: unknown }).type;
  const type = typeof ownType === "string" ? ownType : undefined;
  const refusedRequest = (type !== undefined && REFUSED_REQUEST_TYPES.has(type)) || (type === undefined && UNKNOWN_PROVIDER.test(error.message));
  if (refusedRequest) {
    const firstLine = withoutReadMore(error.message).split("\n", 1)[0];
    return { refusedRequest, text: `[auth] request refused (${type ?? "UnknownProvider"}): ${firstLine}` };
  }
  return { refusedRequest, text: `[auth][error] ${error.stack ?? `${error.name}: ${error.message}`}${describeCause(error)}` };
}

type Write = (line: string) => void;

/** Auth.js's `logger` option: refused requests on one line (stdout), other errors with their stack. */
export function authLogger(writeInfo: Write = (line) => console.warn(line), writeError: Write = (line) => console.error(line)) {
  return {
    error(error: Error) {
      const line = describeAuthError(error);
      (line.refusedRequest ? writeInfo : writeError)(line.text);
    },
  };
}
