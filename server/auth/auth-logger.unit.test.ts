import { Auth } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { AdapterError, CredentialsSignin, MissingCSRF, UnknownAction, Verification } from "@auth/core/errors";
import { describe, expect, it } from "vitest";
import { authLogger, describeAuthError } from "./auth-logger";

describe("describeAuthError", () => {
  it.each([
    { error: new MissingCSRF("CSRF token was missing during an action callback."), refused: true, text: "[auth] request refused (MissingCSRF): CSRF token was missing during an action callback." },
    { error: new UnknownAction("Cannot parse action at /api/auth/nonsense"), refused: true, text: "[auth] request refused (UnknownAction): Cannot parse action at /api/auth/nonsense" },
    { error: new CredentialsSignin(), refused: true, text: "[auth] request refused (CredentialsSignin): " },
    { error: new Verification("Token expired"), refused: true, text: "[auth] request refused (Verification): Token expired" },
    { error: new Error('Provider with id "credentials" not found. Available providers: [email, password].'), refused: true, text: '[auth] request refused (UnknownProvider): Provider with id "credentials" not found. Available providers: [email, password].' },
  ])("a request's own fault is one line: $text", ({ error, refused, text }) => {
    const line = describeAuthError(error);
    expect(line.refusedRequest).toBe(refused);
    expect(line.text.startsWith(text)).toBe(true);
    expect(line.text).not.toContain("\n");
    expect(line.text).not.toContain("Read more at");
  });

  it.each([
    // As @auth/core wraps an adapter's failure (its types declare only a string message).
    { name: "an adapter failure", error: new AdapterError(new Error("connect ECONNREFUSED 127.0.0.1:5432") as unknown as string), expected: ["[auth][error] AdapterError", "caused by: Error: connect ECONNREFUSED 127.0.0.1:5432"] },
    { name: "a plain error of ours", error: new Error("mail transport down"), expected: ["[auth][error] Error: mail transport down", "\n    at "] },
  ])("the server's own fault keeps its stack: $name", ({ error, expected }) => {
    const line = describeAuthError(error);
    expect(line.refusedRequest).toBe(false);
    for (const part of expected) expect(line.text).toContain(part);
  });
});

describe("authLogger inside Auth.js", () => {
  // The real @auth/core handling a forged sign-in POST: what reaches the logger is what the table
  // above classifies (a library upgrade that changes the error's type shows here).
  it.each([
    { path: "/api/auth/callback/password", body: "csrfToken=forged&email=a%40b.c&password=x", refusedAs: "MissingCSRF" },
    { path: "/api/auth/nonsense", body: "", refusedAs: "UnknownAction" },
  ])("$path from a stranger logs one line ($refusedAs)", async ({ path, body, refusedAs }) => {
    const info: string[] = [];
    const errors: string[] = [];
    const request = new Request(`http://127.0.0.1:3000${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    const response = await Auth(request, {
      secret: "a-test-secret-of-enough-length-0123456789",
      trustHost: true,
      basePath: "/api/auth",
      providers: [Credentials({ id: "password", credentials: { email: {}, password: {} }, authorize: () => null })],
      logger: authLogger((line) => info.push(line), (line) => errors.push(line)),
    });
    expect(response.status).toBeLessThan(500);
    expect(errors).toEqual([]);
    expect(info).toHaveLength(1);
    expect(info[0]).toContain(`request refused (${refusedAs})`);
  });
});
