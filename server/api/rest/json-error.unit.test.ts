// errorResponse: a database that cannot serve the request just now is a 503 with Retry-After that
// says to retry with the same Idempotency-Key (was a 500); anything unexpected stays a 500 that
// reveals nothing. Both logged in one line without a stack. (Against a real server: database-busy.int.test.ts.)
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../../errors";
import { errorResponse } from "./json-error";

afterEach(() => vi.restoreAllMocks());

async function answer(error: unknown) {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  const response = errorResponse(error, "POST /api/v1/leads");
  const lines = [...warn.mock.calls, ...logged.mock.calls].map((call) => call.map(String).join(" "));
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as { error: { code: string; message: string } }, lines };
}

describe("errorResponse", () => {
  it.each([
    ["pg-pool's wait for a connection ran out", new Error("timeout exceeded when trying to connect")],
    ["PostgreSQL refused a new connection (53300)", Object.assign(new Error('too many connections for role "app"'), { code: "53300" })],
    ["the server is starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
  ])("%s → 503, Retry-After: 5, retry with the same Idempotency-Key; one log line, no stack", async (_name, error) => {
    const { status, retryAfter, body, lines } = await answer(error);
    expect(status).toBe(503);
    expect(retryAfter).toBe("5");
    expect(body.error.code).toBe("UNAVAILABLE");
    expect(body.error.message).toContain("same Idempotency-Key");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[api\] POST \/api\/v1\/leads: database unavailable \(.+\): answered 503, retry in 5 s$/);
    expect(lines[0]).not.toMatch(/ at /);
  });

  it("a real bug stays a 500 that reveals nothing", async () => {
    const { status, retryAfter, body, lines } = await answer(new TypeError("cannot read properties of undefined (reading 'email')"));
    expect(status).toBe(500);
    expect(retryAfter).toBeNull();
    expect(body).toEqual({ error: { code: "INTERNAL", message: "Something went wrong", details: [] } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[api\] POST \/api\/v1\/leads: unexpected TypeError/);
  });

  it("a 422's details are { path, message } only: a domain issue's own code stays on the server", async () => {
    const issue = { path: "answers.role", message: "Please choose one of the options: “vp”, “ic”", code: "not_an_option" };
    const { status, body } = await answer(new AppError("VALIDATION", "The request body is not valid", [issue]));
    expect(status).toBe(422);
    expect(body).toEqual({ error: { code: "VALIDATION", message: "The request body is not valid", details: [{ path: "answers.role", message: "Please choose one of the options: “vp”, “ic”" }] } });
  });
});
