import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesToFieldErrors } from "./issues-to-details";

const ZInput = z.strictObject({ name: z.string().min(1), events: z.array(z.strictObject({ type: z.string() })) });

describe("issuesToFieldErrors", () => {
  it.each([
    [{ name: "", events: [] }, [{ path: "name", message: expect.any(String) }]],
    // Unknown properties at their own path (the top level's parent path is "": it named nothing).
    [{ name: "x", events: [], x: 1, y: 2 }, [{ path: "x", message: "Unknown property" }, { path: "y", message: "Unknown property" }]],
    [{ name: "x", events: [{ type: "a", colour: "red" }] }, [{ path: "events.0.colour", message: "Unknown property" }]],
    [{ name: "x", events: "no" }, [{ path: "events", message: expect.any(String) }]],
  ])("%j", (input, expected) => {
    const result = ZInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(issuesToFieldErrors(result.error!.issues)).toEqual(expected);
  });
});
