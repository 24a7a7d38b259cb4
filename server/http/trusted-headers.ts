// Which forwarding headers the app may believe. Route handlers cannot see the TCP socket, and
// Next.js keeps an `X-Forwarded-For` the client sent itself, so server/cli/serve.ts rewrites the
// headers of every request from the socket before Next.js sees them:
//
// - `X-Forwarded-For` becomes the trusted end of the chain: the socket address plus the last
//   `trustedProxyHops` entries the proxies in front of us appended. Its first entry is the client
//   (`X-Real-IP` says the same), so anything a client writes in front of that is dropped.
// - With no trusted proxy (0, the default) `X-Forwarded-Host`, `-Port` and `-Proto` come from the
//   connection itself (the client's values are dropped). Behind trusted proxies their values are
//   kept (the last one when a list: the value our nearest proxy set).
// - `Forwarded` (RFC 7239) is never read by the app and is always removed.
//
// Pure: no sockets, no process.env. Table-driven tests in trusted-headers.unit.test.ts.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";

export interface TConnection {
  /** `socket.remoteAddress`; undefined when the socket is already gone. */
  remoteAddress: string | undefined;
  /** True for a TLS socket (the app itself terminates HTTPS). */
  isEncrypted: boolean;
}

const REPLACED = ["x-forwarded-for", "x-real-ip", "forwarded"] as const;
const FROM_PROXY = ["x-forwarded-host", "x-forwarded-port", "x-forwarded-proto"] as const;
const MAX_ENTRY_LENGTH = 100;

/** `::ffff:10.0.0.1` → `10.0.0.1` (Node reports IPv4 clients of a dual-stack socket this way). */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().slice(0, MAX_ENTRY_LENGTH);
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

function headerList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** The addresses we can vouch for, client first: the socket plus `hops` entries before it. */
export function trustedAddressChain(forwardedFor: string | string[] | undefined, connection: TConnection, hops: number): string[] {
  const socket = normalizeAddress(connection.remoteAddress ?? "unknown");
  const sent = headerList(forwardedFor).map(normalizeAddress);
  const trustedFromHeader = hops > 0 ? sent.slice(-hops) : [];
  return [...trustedFromHeader, socket];
}

/** A copy of `headers` with the forwarding headers rewritten as described at the top. */
export function rewriteForwardedHeaders(headers: IncomingHttpHeaders, connection: TConnection, trustedProxyHops: number): IncomingHttpHeaders {
  const hops = Number.isInteger(trustedProxyHops) && trustedProxyHops > 0 ? trustedProxyHops : 0;
  const chain = trustedAddressChain(headers["x-forwarded-for"], connection, hops);
  const next: IncomingHttpHeaders = { ...headers };
  for (const name of REPLACED) delete next[name];
  next["x-forwarded-for"] = chain.join(", ");
  next["x-real-ip"] = chain[0];
  if (hops === 0) {
    for (const name of FROM_PROXY) delete next[name];
    next["x-forwarded-proto"] = connection.isEncrypted ? "https" : "http";
    return next;
  }
  for (const name of FROM_PROXY) {
    const last = headerList(headers[name]).at(-1);
    if (last) next[name] = last;
    else delete next[name];
  }
  if (!next["x-forwarded-proto"]) next["x-forwarded-proto"] = connection.isEncrypted ? "https" : "http";
  return next;
}

/** Rewrites a Node request's forwarding headers in place from its socket (server/cli/serve.ts). */
export function trustForwardingFromSocket(req: IncomingMessage, trustedProxyHops: number): void {
  const socket = req.socket as IncomingMessage["socket"] & { encrypted?: boolean };
  req.headers = rewriteForwardedHeaders(req.headers, { remoteAddress: socket.remoteAddress, isEncrypted: Boolean(socket.encrypted) }, trustedProxyHops);
}
