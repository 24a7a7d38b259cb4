import { describe, expect, it } from "vitest";
import { newId } from "./new-id";

describe("newId", () => {
  it("is cuid-shaped, unique, and sorts in the order ids were made", () => {
    const ids = Array.from({ length: 2000 }, newId);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Within one millisecond the counter orders them; across milliseconds the time does.
    expect([...ids].sort()).toEqual(ids);
  });

  it("gives every id its own random part, across refills of the random pool", () => {
    const randomParts = Array.from({ length: 1000 }, () => newId().slice(-12));
    expect(new Set(randomParts).size).toBe(randomParts.length);
  });
});
