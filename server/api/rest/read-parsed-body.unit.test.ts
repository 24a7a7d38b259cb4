import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonBody } from "./read-json-body";
import { parseReadBody, readBody, readParsedBody } from "./read-parsed-body";

// A schema with a nested object and a strict level, so a failure's path is dotted ("lead.email").
const ZSample = z.object({ lead: z.object({ email: z.string(), note: z.string().optional() }).strict(), count: z.number().int() }).strict();

const post = (body: BodyInit, type: string | null = "application/json") =>
  new Request("http://x/", { method: "POST", headers: type === null ? {} : { "content-type": type }, body });

const errorOf = async (response: Response) => ({ status: response.status, body: (await response.json()) as unknown, contentType: response.headers.get("content-type"), cors: response.headers.get("access-control-allow-origin") });

describe("readParsedBody", () => {
  it.each([
    ["malformed JSON", post("{"), 400, "MALFORMED_JSON", "The body is not valid JSON", [{ path: "body", message: "The body is not valid JSON" }]],
    ["an empty body", post(""), 400, "MALFORMED_JSON", "The body is empty: send a JSON object", [{ path: "body", message: "The body is empty: send a JSON object" }]],
    ["a wrong content type", post('{"count":1}', "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json", [{ path: "headers.content-type", message: "Send the body as application/json" }]],
    ["no content type", post('{"count":1}', null), 415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json", [{ path: "headers.content-type", message: "Send the body as application/json" }]],
    ["a body over maxBytes", post(JSON.stringify({ lead: { email: "a@b.co", note: "x".repeat(100) }, count: 1 })), 413, "PAYLOAD_TOO_LARGE", "The body may be at most 64 bytes", [{ path: "body", message: "The body may be at most 64 bytes" }]],
    ["a nested schema failure", post('{"lead":{"email":7},"count":1}'), 422, "VALIDATION", "The request body is not valid", [{ path: "lead.email", message: "Must be a string, not a number" }]],
    ["an unknown nested property and a missing one", post('{"lead":{"email":"a@b.co","colour":"red"}}'), 422, "VALIDATION", "The request body is not valid", [{ path: "lead.colour", message: "Unknown property" }, { path: "count", message: "Required (a number)" }]],
    ["a body that is not an object", post("[1]"), 422, "VALIDATION", "The request body is not valid", [{ path: "body", message: "Must be an object, not an array" }]],
  ])("%s → the API's error response", async (_case, request, status, code, message, details) => {
    const read = await readParsedBody(request, ZSample, { maxBytes: 64 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(await errorOf(read.response)).toEqual({ status, body: { error: { code, message, details } }, contentType: expect.stringMatching(/^application\/json/), cors: null });
  });

  it("an error response carries the headers it is given (a form's CORS)", async () => {
    const headers = { "access-control-allow-origin": "https://site.example", vary: "Origin" };
    for (const request of [post("{"), post('{"lead":{}}')]) {
      const read = await readParsedBody(request, ZSample, { maxBytes: 64, headers });
      if (read.ok) throw new Error("expected an error");
      expect(read.response.headers.get("access-control-allow-origin")).toBe("https://site.example");
      expect(read.response.headers.get("vary")).toContain("Origin");
    }
  });

  it("success → the parsed value (schema output), with no repairs", async () => {
    const read = await readParsedBody(post('{"lead":{"email":"a@b.co"},"count":2}'), ZSample, { maxBytes: 64 });
    expect(read).toEqual({ ok: true, value: { lead: { email: "a@b.co" }, count: 2 }, repairs: [] });
  });

  it("success keeps the reader's text repairs and reserved keys, for textRepairWarnings", async () => {
    const ZLoose = z.object({ lead: z.record(z.string(), z.string()) });
    const read = await readParsedBody(post(String.raw`{"lead":{"note":"a\u0000b","__proto__":"x"}}`), ZLoose, { maxBytes: 1000 });
    expect(read).toEqual({ ok: true, value: { lead: { note: "ab" } }, repairs: [{ path: "lead.note", kind: "nul" }], reservedKeys: ["lead.__proto__"] });
  });
});

describe("readBody (no schema: the service validates)", () => {
  it.each([
    ['{"anything":[1,2]}', { anything: [1, 2] }],
    ["null", null],
    ['"text"', "text"],
  ])("%s → the raw value", async (text, value) => {
    expect(await readBody(post(text), { maxBytes: 64 })).toEqual({ ok: true, value, repairs: [] });
  });

  it("an unreadable body → the same response readParsedBody gives", async () => {
    const read = await readBody(post("{", "application/json; charset=utf-8"), { maxBytes: 64 });
    if (read.ok) throw new Error("expected an error");
    expect(await errorOf(read.response)).toMatchObject({ status: 400, body: { error: { code: "MALFORMED_JSON", details: [{ path: "body" }] } } });
  });
});

describe("parseReadBody (a body read before: a booking token looked for first)", () => {
  it("checks an already read body with the schema", async () => {
    const read = parseReadBody(await readJsonBody(post('{"lead":{"email":"a@b.co"},"count":"2"}'), 64), ZSample);
    if (read.ok) throw new Error("expected an error");
    expect(await errorOf(read.response)).toMatchObject({ status: 422, body: { error: { code: "VALIDATION", details: [{ path: "count" }] } } });
  });
});
