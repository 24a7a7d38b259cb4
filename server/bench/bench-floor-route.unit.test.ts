// POST /api/bench-floor refuses as a missing route (404, nothing written) unless the server has a
// BENCH_FLOOR_TOKEN and the request carries it; with it, it writes one row.
import { describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { handleBenchFloor } from "./bench-floor-route";

const TOKEN = "t".repeat(40);

function fakeDb() {
  const writes: unknown[] = [];
  const db = { $executeRaw: async (_strings: TemplateStringsArray, ...values: unknown[]) => void writes.push(values) } as unknown as Db;
  return { writes, getDb: async () => db };
}

const request = (authorization?: string) => new Request("http://localhost/api/bench-floor", { method: "POST", body: "row", headers: authorization ? { authorization } : {} });

describe("bench floor route", () => {
  it.each<[string, string | undefined, string | undefined]>([
    ["no token configured", undefined, `Bearer ${TOKEN}`],
    ["no authorization", TOKEN, undefined],
    ["another token", TOKEN, `Bearer ${"x".repeat(40)}`],
    ["a prefix of the token", TOKEN, `Bearer ${TOKEN.slice(0, 39)}`],
    ["not a bearer", TOKEN, TOKEN],
  ])("%s → 404, nothing written", async (_name, token, authorization) => {
    const { writes, getDb } = fakeDb();
    const response = await handleBenchFloor(request(authorization), token, getDb);
    expect(response.status).toBe(404);
    expect(writes).toEqual([]);
  });

  it("the server's token → 201 and one row with the body", async () => {
    const { writes, getDb } = fakeDb();
    const response = await handleBenchFloor(request(`Bearer ${TOKEN}`), TOKEN, getDb);
    expect(response.status).toBe(201);
    expect(writes).toEqual([["row"]]);
  });
});
