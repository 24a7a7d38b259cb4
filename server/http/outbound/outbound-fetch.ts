// The ONE way the server fetches a URL a user gave us (ICS feeds, CalDAV servers; later
// webhooks). A fetch-compatible function over node:http(s) that:
//   - accepts http: and https: URLs only, without user:password@;
//   - resolves the host and refuses to connect when ANY address is not public
//     (public-address.ts) — checked in the socket's own lookup, so the address connected to is
//     the address checked (no DNS rebinding between check and connect);
//   - follows redirects itself (at most 5), each hop checked the same way; `redirect: "manual"`
//     hands the 3xx back (tsdav's service discovery), `"error"` refuses; credentials are dropped
//     when a redirect leaves the origin;
//   - stops after `timeoutMs` (connect, headers and body together) and after `maxBytes` of body;
//   - sends an idempotent request (GET, PUT, DELETE, CalDAV's PROPFIND/REPORT …) once more on a new
//     connection when a kept-alive connection it reused was closed by the server before any answer
//     (the server's idle timeout met our request on the way: ECONNRESET on a reused socket) —
//     nothing reached the server, so this is not a retry of its work.
// `allowPrivate` (OUTBOUND_ALLOW_PRIVATE: on by default in development only; tests, on-prem) lifts only
// the address check.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { env } from "../../env";
import { isIpLiteral, isPublicAddress } from "./public-address";

export interface TOutboundOptions {
  allowPrivate: boolean;
  /** Whole request: connect, headers and body. */
  timeoutMs?: number;
  /** Largest response body accepted. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Which resolved addresses may be connected to (tests narrow it); public ones by default. */
  isAllowedAddress?: (address: string) => boolean;
}

export type TOutboundFetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

export type TOutboundErrorCode = "OUTBOUND_BAD_URL" | "OUTBOUND_PRIVATE_ADDRESS" | "OUTBOUND_TIMEOUT" | "OUTBOUND_TOO_LARGE" | "OUTBOUND_REDIRECTS" | "OUTBOUND_NETWORK";

/** A refused or failed outbound request; `message` is safe to show to the user who gave the URL. */
export class OutboundError extends Error {
  constructor(
    readonly code: TOutboundErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "OutboundError";
  }
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, isAllowedAddress: isPublicAddress };

/** Throws OutboundError unless `input` is an http(s) URL without embedded credentials. */
export function parseOutboundUrl(input: string | URL): URL {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    throw new OutboundError("OUTBOUND_BAD_URL", "Not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundError("OUTBOUND_BAD_URL", "Only http:// and https:// addresses are allowed");
  if (url.username || url.password) throw new OutboundError("OUTBOUND_BAD_URL", "Put credentials in their own fields, not in the address");
  return url;
}

/** Shown to whoever gave the URL (webhook form, calendar connection, delivery log): what is refused and who can change it. */
const PRIVATE_MESSAGE =
  "This address points to a private or local network; only public internet addresses are allowed (whoever runs Switchboard can allow private addresses with OUTBOUND_ALLOW_PRIVATE=true)";

/**
 * Throws OUTBOUND_PRIVATE_ADDRESS when the URL's host is known not to be public without asking DNS:
 * an IP literal of a private, loopback or link-local network (in any spelling the URL parser
 * normalises: 2130706433, 0x7f.1, [::ffff:127.0.0.1]) or localhost. For refusing such a URL when
 * it is saved; names are checked again, resolved, on every connection.
 */
export function refuseKnownPrivateHost(url: URL): void {
  // A fully qualified name's trailing dot ("localhost.") names the same host.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase().replace(/\.+$/, "");
  const isLocalName = host === "localhost" || host.endsWith(".localhost");
  if (isLocalName || (isIpLiteral(host) && !isPublicAddress(host))) throw new OutboundError("OUTBOUND_PRIVATE_ADDRESS", PRIVATE_MESSAGE);
}

/** A socket lookup that refuses names resolving to any address that is not allowed. */
function guardedLookup(isAllowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      if (list.length === 0 || list.some((a) => !isAllowed(a.address))) {
        return callback(new OutboundError("OUTBOUND_PRIVATE_ADDRESS", PRIVATE_MESSAGE) as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => (out[key] = value));
  return out;
}

function bodyOf(init: RequestInit | undefined): Buffer | undefined {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(new Uint8Array(body));
  throw new OutboundError("OUTBOUND_BAD_URL", "Unsupported request body");
}

interface TRawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: Buffer;
}

function requestOnce(url: URL, method: string, headers: Record<string, string>, body: Buffer | undefined, opts: Required<TOutboundOptions>, signal: AbortSignal): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method,
        headers: body ? { ...headers, "content-length": String(body.length) } : headers,
        signal,
        ...(opts.allowPrivate ? {} : { lookup: guardedLookup(opts.isAllowedAddress) }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) {
            req.destroy(new OutboundError("OUTBOUND_TOO_LARGE", `The response is larger than ${Math.round(opts.maxBytes / 1024 / 1024)} MB`));
            return;
          }
          chunks.push(chunk);
        });
        res.on("error", reject);
        res.on("end", () => {
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(res.headers)) {
            if (Array.isArray(value)) value.forEach((v) => responseHeaders.append(key, v));
            else if (value !== undefined) responseHeaders.set(key, value);
          }
          resolve({ status: res.statusCode ?? 502, statusText: res.statusMessage ?? "", headers: responseHeaders, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => reject(req.reusedSocket && error.code === "ECONNRESET" ? new StaleConnectionError(error) : error));
    req.end(body);
  });
}

/** A reused kept-alive connection the server had closed: the request never reached it. */
class StaleConnectionError extends Error {
  readonly code: string | undefined;
  constructor(readonly original: NodeJS.ErrnoException) {
    super(original.message);
    this.name = "StaleConnectionError";
    this.code = original.code;
  }
}

/** Methods whose repeat is harmless (RFC 9110 §9.2.2, and WebDAV's read and write-by-name methods). */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PROPFIND", "REPORT", "MKCALENDAR"]);

/** One request, sent once more on a fresh connection when the kept-alive one it reused had been closed (idempotent methods only). */
async function requestFresh(url: URL, method: string, headers: Record<string, string>, body: Buffer | undefined, opts: Required<TOutboundOptions>, signal: AbortSignal): Promise<TRawResponse> {
  try {
    return await requestOnce(url, method, headers, body, opts, signal);
  } catch (error) {
    if (!(error instanceof StaleConnectionError)) throw error;
    if (!IDEMPOTENT_METHODS.has(method)) throw error.original;
    return requestOnce(url, method, headers, body, opts, signal);
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function toResponse(raw: TRawResponse, url: URL): Response {
  const status = raw.status >= 200 && raw.status <= 599 ? raw.status : 502;
  const response = new Response(NULL_BODY_STATUSES.has(status) ? null : new Uint8Array(raw.body), { status, statusText: raw.statusText, headers: raw.headers });
  Object.defineProperty(response, "url", { value: url.toString() });
  return response;
}

function toOutboundError(error: unknown, timedOut: boolean): Error {
  if (error instanceof OutboundError) return error;
  if (timedOut) return new OutboundError("OUTBOUND_TIMEOUT", "The server did not answer in time");
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof OutboundError) return cause;
  if ((error as Error)?.name === "AbortError") return error as Error;
  const code = (error as NodeJS.ErrnoException)?.code;
  const what = code === "ENOTFOUND" ? "The server's name could not be found" : code === "ECONNREFUSED" ? "The server refused the connection" : "The server could not be reached";
  return new OutboundError("OUTBOUND_NETWORK", `${what}${code ? ` (${code})` : ""}`);
}

/** A fetch for user-given URLs; see the header for what it guarantees. */
export function createOutboundFetch(options: TOutboundOptions): TOutboundFetch {
  const opts: Required<TOutboundOptions> = { ...DEFAULTS, ...options };
  return async (input, init) => {
    let url = parseOutboundUrl(input);
    const method = (init?.method ?? "GET").toUpperCase();
    let headers = headersOf(init);
    let body = bodyOf(init);
    let currentMethod = method;
    const timeout = AbortSignal.timeout(opts.timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    for (let hop = 0; ; hop++) {
      if (!opts.allowPrivate && isIpLiteral(url.hostname) && !opts.isAllowedAddress(url.hostname.replace(/^\[|\]$/g, ""))) throw new OutboundError("OUTBOUND_PRIVATE_ADDRESS", PRIVATE_MESSAGE);
      let raw: TRawResponse;
      try {
        raw = await requestFresh(url, currentMethod, headers, body, opts, signal);
      } catch (error) {
        throw toOutboundError(error, timeout.aborted);
      }
      const location = raw.headers.get("location");
      const isRedirect = [301, 302, 303, 307, 308].includes(raw.status) && location;
      if (!isRedirect || init?.redirect === "manual") return toResponse(raw, url);
      if (init?.redirect === "error") throw new OutboundError("OUTBOUND_REDIRECTS", "The server answered with a redirect");
      if (hop >= opts.maxRedirects) throw new OutboundError("OUTBOUND_REDIRECTS", "Too many redirects");
      const next = parseOutboundUrl(new URL(location, url));
      if (next.origin !== url.origin) {
        delete headers.authorization;
        delete headers.cookie;
      }
      if (raw.status === 303 || ((raw.status === 301 || raw.status === 302) && currentMethod === "POST")) {
        currentMethod = "GET";
        body = undefined;
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== "content-type"));
      }
      url = next;
    }
  };
}

/** The app's outbound fetch: OUTBOUND_ALLOW_PRIVATE from the environment, defaults otherwise. */
export function appOutboundFetch(options: Omit<TOutboundOptions, "allowPrivate" | "isAllowedAddress"> = {}): TOutboundFetch {
  return createOutboundFetch({ allowPrivate: env().OUTBOUND_ALLOW_PRIVATE, ...options });
}
