import { describe, expect, it } from "vitest";
import { withoutCors } from "./authenticate";
import { clientIp } from "./client-ip";
import { CORS_HEADER_NAMES, OPEN_CORS_HEADERS, jsonResponse } from "./cors";
import { isJsonContentType, readJsonBody, textRepairWarnings } from "./read-json-body";

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

  // An empty body (a client that forgot -d, a GET turned POST) was "The body is not valid JSON": it says what is missing now.
  it.each(["", "  \n"])("an empty body %j: 400 MALFORMED_JSON at body, saying it is empty", async (body) => {
    expect(await readJsonBody(request(body), 100)).toEqual({ ok: false, status: 400, code: "MALFORMED_JSON", message: "The body is empty: send a JSON object", path: "body" });
  });

  it("parses JSON up to exactly the limit and refuses one byte more", async () => {
    expect(await readJsonBody(request('"1234"'), 6)).toEqual({ ok: true, value: "1234", repairs: [] });
    expect(await readJsonBody(request('"12345"'), 6)).toMatchObject({ ok: false, status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  it("counts bytes, not characters, and rejects invalid UTF-8", async () => {
    expect(await readJsonBody(request('"éé"'), 5)).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(request(new Uint8Array([0x22, 0xff, 0x22])), 100)).toMatchObject({ ok: false, status: 400, code: "MALFORMED_JSON", path: "body" });
  });

  // JSON is UTF-8: a body in another charset is named in a 415, not called malformed JSON (it was a 400);
  // one that is valid UTF-8 JSON anyway (plain ASCII) is read whatever its label.
  const latin1 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]); // {"a":"café"} in ISO-8859-1
  const utf16 = new Uint8Array([...'{"a":"b"}'].flatMap((c) => [c.charCodeAt(0), 0]));
  it.each<[string, BodyInit, boolean]>([
    ["application/json", '{"a":"b"}', true],
    ["application/json; charset=utf-8", '{"a":"b"}', true],
    ['application/json; Charset="UTF8"', '{"a":"b"}', true],
    ["application/json; charset=iso-8859-1", '{"a":"b"}', true],
    ["application/json; charset=iso-8859-1", latin1, false],
    ["application/json;charset=windows-1252", latin1, false],
    ['application/json; charset="utf-16le"', utf16, false],
  ])("%s, %j → accepted: %s", async (type, body, isAccepted) => {
    const result = await readJsonBody(request(body, type), 100);
    if (isAccepted) expect(result).toEqual({ ok: true, value: { a: "b" }, repairs: [] });
    else expect(result).toMatchObject({ ok: false, status: 415, code: "UNSUPPORTED_MEDIA_TYPE", path: "headers.content-type", message: expect.stringMatching(/^Only UTF-8 is accepted/) });
  });
});

describe("withoutCors", () => {
  it("strips every CORS header and keeps the status, the other headers and the body", async () => {
    const stripped = withoutCors(jsonResponse(429, { a: 1 }, { ...OPEN_CORS_HEADERS, "retry-after": "3" }));
    for (const name of CORS_HEADER_NAMES) expect(stripped.headers.has(name)).toBe(false);
    expect([stripped.status, stripped.headers.get("retry-after"), stripped.headers.get("content-type")]).toEqual([429, "3", "application/json; charset=utf-8"]);
    expect(await stripped.json()).toEqual({ a: 1 });
  });

  it("answers a response without CORS headers as it is (no copy per layer)", async () => {
    const response = jsonResponse(201, { lead: { id: "l1" } }, { "www-authenticate": "Bearer" });
    const same = withoutCors(withoutCors(response));
    expect(same).toBe(response);
    expect([same.status, same.headers.get("www-authenticate")]).toEqual([201, "Bearer"]);
    expect(await same.json()).toEqual({ lead: { id: "l1" } });
  });
});

// A NUL removed (or half an emoji replaced) was silent: the intake endpoints now warn at its path.
describe("readJsonBody's repairs and textRepairWarnings", () => {
  const request = (body: string) => new Request("http://x/", { method: "POST", headers: { "content-type": "application/json" }, body });
  const NUL_NOTE = "Contained a NUL character (U+0000), which cannot be stored: removed, the rest kept";

  it("says where it made text storable: a value, a key (by its stored name), a list item, half an emoji", async () => {
    const read = await readJsonBody(request(String.raw`{"answers":{"note":"a\u0000b","ke\u0000y":"x","tags":["ok","\u0000"],"name":"Zo\ud83d"}}`), 1000);
    expect(read).toEqual({
      ok: true,
      value: { answers: { note: "ab", key: "x", tags: ["ok", ""], name: "Zo\ufffd" } },
      repairs: [
        { path: "answers.note", kind: "nul" },
        { path: "answers.key", kind: "nul" },
        { path: "answers.tags.1", kind: "nul" },
        { path: "answers.name", kind: "surrogate" },
      ],
    });
  });

  it("one warning per path: joined to the intake's own at that path, else first", () => {
    const warnings = [{ path: "answers.key", message: "Not a question of this form" }, { path: "person", message: "No email" }];
    expect(textRepairWarnings(warnings, [{ path: "answers.note", kind: "nul" }, { path: "answers.key", kind: "nul" }, { path: "answers.note", kind: "surrogate" }])).toEqual([
      { path: "answers.note", message: NUL_NOTE },
      { path: "answers.key", message: `Not a question of this form. ${NUL_NOTE}` },
      { path: "person", message: "No email" },
    ]);
    expect(textRepairWarnings(warnings, [])).toEqual(warnings);
  });
});
