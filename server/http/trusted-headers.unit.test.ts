import { describe, expect, it } from "vitest";
import { normalizeAddress, rewriteForwardedHeaders, type TConnection } from "./trusted-headers";

const plain: TConnection = { remoteAddress: "203.0.113.9", isEncrypted: false };
const viaProxy: TConnection = { remoteAddress: "10.0.0.2", isEncrypted: false };

describe("rewriteForwardedHeaders", () => {
  it.each([
    {
      name: "attack: a client writes its own X-Forwarded-For with no proxy in front — only the socket counts",
      headers: { "x-forwarded-for": "1.2.3.4" },
      connection: plain,
      hops: 0,
      forwardedFor: "203.0.113.9",
    },
    {
      name: "no header, no proxy: the socket address",
      headers: {},
      connection: plain,
      hops: 0,
      forwardedFor: "203.0.113.9",
    },
    {
      name: "one trusted proxy: the entry it appended is the client",
      headers: { "x-forwarded-for": "198.51.100.7" },
      connection: viaProxy,
      hops: 1,
      forwardedFor: "198.51.100.7, 10.0.0.2",
    },
    {
      name: "attack: a client prepends addresses in front of one trusted proxy — dropped",
      headers: { "x-forwarded-for": "1.1.1.1, 2.2.2.2, 198.51.100.7" },
      connection: viaProxy,
      hops: 1,
      forwardedFor: "198.51.100.7, 10.0.0.2",
    },
    {
      name: "two trusted proxies keep two entries",
      headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" },
      connection: viaProxy,
      hops: 2,
      forwardedFor: "198.51.100.7, 10.0.0.1, 10.0.0.2",
    },
    {
      name: "more trusted hops than entries: the whole chain",
      headers: { "x-forwarded-for": "198.51.100.7" },
      connection: viaProxy,
      hops: 3,
      forwardedFor: "198.51.100.7, 10.0.0.2",
    },
    {
      name: "repeated headers are one list",
      headers: { "x-forwarded-for": ["1.1.1.1", "198.51.100.7"] },
      connection: viaProxy,
      hops: 1,
      forwardedFor: "198.51.100.7, 10.0.0.2",
    },
    {
      name: "IPv4-mapped IPv6 socket addresses are shown as IPv4",
      headers: {},
      connection: { remoteAddress: "::ffff:127.0.0.1", isEncrypted: false },
      hops: 0,
      forwardedFor: "127.0.0.1",
    },
    {
      name: "a socket already gone is 'unknown'",
      headers: { "x-forwarded-for": "1.2.3.4" },
      connection: { remoteAddress: undefined, isEncrypted: false },
      hops: 0,
      forwardedFor: "unknown",
    },
    {
      name: "a negative or fractional hop count is treated as 0",
      headers: { "x-forwarded-for": "1.2.3.4" },
      connection: plain,
      hops: -1.5,
      forwardedFor: "203.0.113.9",
    },
  ])("$name", ({ headers, connection, hops, forwardedFor }) => {
    const result = rewriteForwardedHeaders(headers, connection, hops);
    expect(result["x-forwarded-for"]).toBe(forwardedFor);
    expect(result["x-real-ip"]).toBe(forwardedFor.split(", ")[0]);
  });

  it("attack: Host-spoofing headers from a client with no proxy in front are dropped", () => {
    const result = rewriteForwardedHeaders(
      { host: "app.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443", forwarded: "host=evil.example" },
      plain,
      0,
    );
    expect(result).toMatchObject({ host: "app.example", "x-forwarded-proto": "http" });
    expect(result["x-forwarded-host"]).toBeUndefined();
    expect(result["x-forwarded-port"]).toBeUndefined();
    expect(result.forwarded).toBeUndefined();
  });

  it("behind a trusted proxy its host and protocol are kept (the last value of a list)", () => {
    const result = rewriteForwardedHeaders({ "x-forwarded-host": "evil.example, app.example", "x-forwarded-proto": "https", forwarded: "for=1.1.1.1" }, viaProxy, 1);
    expect(result).toMatchObject({ "x-forwarded-host": "app.example", "x-forwarded-proto": "https" });
    expect(result.forwarded).toBeUndefined();
  });

  it("a TLS socket is https; other headers are untouched and the input is not changed", () => {
    const input = { cookie: "a=b", "x-forwarded-for": "1.2.3.4" };
    const result = rewriteForwardedHeaders(input, { remoteAddress: "203.0.113.9", isEncrypted: true }, 0);
    expect(result).toMatchObject({ cookie: "a=b", "x-forwarded-proto": "https" });
    expect(input["x-forwarded-for"]).toBe("1.2.3.4");
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["::ffff:10.1.2.3", "10.1.2.3"],
    ["::1", "::1"],
    [" 2001:db8::1 ", "2001:db8::1"],
    ["x".repeat(300), "x".repeat(100)],
  ])("%s → %s", (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });
});
