// The outbound guard against real local servers: private addresses refused (literal, by name,
// IPv6, IPv4-mapped), redirects to private addresses refused, slow servers cut off, large answers
// cut off; with allowPrivate (OUTBOUND_ALLOW_PRIVATE=true) the same server answers.
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundFetch, OutboundError } from "./outbound-fetch";

let hits: string[] = [];
const servers: http.Server[] = [];

function listen(host: string, handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, host, () => resolve(`http://${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`)));
}

let base = "";
let other = "";
beforeAll(async () => {
  other = await listen("127.0.0.2", (req, res) => {
    hits.push(`other ${req.url}`);
    res.end("private data");
  });
  base = await listen("127.0.0.1", (req, res) => {
    hits.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`.trim());
    if (req.url === "/feed.ics") return void res.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    if (req.url === "/to-private") return void res.writeHead(302, { location: `${other}/secret` }).end();
    if (req.url === "/to-file") return void res.writeHead(302, { location: "file:///etc/passwd" }).end();
    if (req.url === "/hop") return void res.writeHead(301, { location: "/feed.ics" }).end();
    if (req.url === "/slow") return void setTimeout(() => res.end("late"), 30_000).unref(); // far past every timeout here
    if (req.url === "/big") return void res.end(Buffer.alloc(64 * 1024, 65));
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OutboundError);
    return (error as OutboundError).code;
  }
  throw new Error("expected the request to be refused");
}

describe("outbound fetch (the guard for user-given URLs)", () => {
  const guarded = createOutboundFetch({ allowPrivate: false, timeoutMs: 2_000 });

  it.each([
    ["a loopback address", () => `${base}/feed.ics`],
    ["a name that resolves to loopback", () => `http://localhost:${new URL(base).port}/feed.ics`],
    ["IPv6 loopback", () => `http://[::1]:${new URL(base).port}/feed.ics`],
    ["IPv4-mapped IPv6 loopback", () => `http://[::ffff:127.0.0.1]:${new URL(base).port}/feed.ics`],
    ["a decimal-encoded loopback", () => `http://2130706433:${new URL(base).port}/feed.ics`],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
  ])("attack: %s is refused before any byte is sent", async (_name, url) => {
    hits = [];
    expect(await refusal(guarded(url()))).toBe("OUTBOUND_PRIVATE_ADDRESS");
    expect(hits).toEqual([]);
  });

  it.each([
    ["file:///etc/passwd", "OUTBOUND_BAD_URL"],
    ["ftp://example.com/x.ics", "OUTBOUND_BAD_URL"],
    ["https://user:pass@example.com/x.ics", "OUTBOUND_BAD_URL"],
    ["not a url", "OUTBOUND_BAD_URL"],
  ])("%s is refused (%s)", async (url, code) => {
    expect(await refusal(guarded(url))).toBe(code);
  });

  describe("from a server the guard lets through (127.0.0.1 stands in for a public host)", () => {
    const onlyBase = createOutboundFetch({ allowPrivate: false, timeoutMs: 1_000, maxBytes: 16 * 1024, isAllowedAddress: (a) => a === "127.0.0.1" });

    it("answers, and follows a redirect on the same server", async () => {
      hits = [];
      expect(await (await onlyBase(`${base}/hop`)).text()).toContain("BEGIN:VCALENDAR");
      expect(hits).toEqual(["GET /hop", "GET /feed.ics"]);
    });

    it("attack: a redirect to a private address is refused and never reaches it", async () => {
      hits = [];
      expect(await refusal(onlyBase(`${base}/to-private`))).toBe("OUTBOUND_PRIVATE_ADDRESS");
      expect(await refusal(onlyBase(`${base}/to-file`))).toBe("OUTBOUND_BAD_URL");
      expect(hits.filter((h) => h.startsWith("other"))).toEqual([]);
    });

    it("a slow server is cut off at the timeout", async () => {
      const started = Date.now();
      expect(await refusal(onlyBase(`${base}/slow`))).toBe("OUTBOUND_TIMEOUT");
      expect(Date.now() - started).toBeLessThan(10_000); // the 1 s timeout, not the server's 30 s (margin for a busy machine)
    });

    it("an answer over the size limit is cut off", async () => {
      expect(await refusal(onlyBase(`${base}/big`))).toBe("OUTBOUND_TOO_LARGE");
    });
  });

  // A server closes an idle kept-alive connection just as our next request reuses it (its idle
  // timeout met the request on the wire): the request never reached it. This server answers the
  // first request of each connection and drops the connection at its second, every time.
  it("a kept-alive connection the server had closed: an idempotent request goes again on a new connection, a POST does not", async () => {
    const perConnection: number[] = [];
    const dropper = net.createServer((socket) => {
      let requests = 0;
      socket.on("data", () => {
        requests += 1;
        perConnection.push(requests);
        if (requests === 1) socket.write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok");
        else socket.destroy();
      });
    });
    await new Promise<void>((resolve) => dropper.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(dropper.address() as AddressInfo).port}/feed.ics`;
    const open = createOutboundFetch({ allowPrivate: true, timeoutMs: 5_000 });
    try {
      expect(await (await open(url)).text()).toBe("ok");
      expect(await (await open(url)).text()).toBe("ok"); // the reused connection dropped: sent again on a new one
      expect(await (await open(url, { method: "PROPFIND" })).text()).toBe("ok");
      expect(perConnection).toEqual([1, 2, 1, 2, 1]);
      // A POST is not repeated by us (its sender decides; a webhook delivery retries on its own schedule).
      expect(await refusal(open(url, { method: "POST", body: "{}" }))).toBe("OUTBOUND_NETWORK");
      expect(perConnection).toEqual([1, 2, 1, 2, 1, 2]);
    } finally {
      await new Promise((resolve) => dropper.close(resolve));
    }
  });

  it("with allowPrivate (OUTBOUND_ALLOW_PRIVATE=true) the same server answers; manual redirects come back as they are; credentials do not follow a redirect to another origin", async () => {
    const open = createOutboundFetch({ allowPrivate: true, timeoutMs: 2_000 });
    hits = [];
    const response = await open(`${base}/feed.ics`, { headers: { authorization: "Basic abc" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("BEGIN:VCALENDAR");
    const manual = await open(`${base}/hop`, { redirect: "manual" });
    expect(manual.status).toBe(301);
    expect(manual.headers.get("location")).toBe("/feed.ics");
    expect(await (await open(`${base}/to-private`, { headers: { authorization: "Basic abc" } })).text()).toBe("private data");
    expect(hits).toEqual(["GET /feed.ics Basic abc", "GET /hop", "GET /to-private Basic abc", "other /secret"]);
  });
});
