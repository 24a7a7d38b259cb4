import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { isJsonContentType, readJsonBody } from "./read-json-body";

describe("clientIp", () => {
  it.each([
    [{ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1", "x-real-ip": "10.0.0.2" }, "203.0.113.7"],
    [{ "x-real-ip": "10.0.0.2" }, "10.0.0.2"],
    [{ "x-forwarded-for": "" }, "unknown"],
    [{}, "unknown"],
  ])("%j → %s", (headers, expected) => expect(clientIp(new Headers(headers))).toBe(expected));
});

describe("readJsonBody", () => {
  const request = (body: BodyInit, type = "application/json; charset=utf-8") => new Request("http://x/", { method: "POST", headers: { "content-type": type }, body });
  it.each([
    ["application/json", true],
    ["Application/JSON; charset=UTF-8", true],
    ["application/jsonp", false],
    ["text/plain", false],
    [null, false],
  ])("content type %s → %s", (type, expected) => expect(isJsonContentType(type)).toBe(expected));

  it("parses JSON up to exactly the limit and refuses one byte more", async () => {
    expect(await readJsonBody(request('"1234"'), 6)).toEqual({ ok: true, value: "1234" });
    expect(await readJsonBody(request('"12345"'), 6)).toMatchObject({ ok: false, status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("counts bytes, not characters, and rejects invalid UTF-8", async () => {
    expect(await readJsonBody(request('"éé"'), 5)).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(request(new Uint8Array([0x22, 0xff, 0x22])), 100)).toMatchObject({ ok: false, status: 400, code: "MALFORMED_JSON", path: "body" });
  });
});
