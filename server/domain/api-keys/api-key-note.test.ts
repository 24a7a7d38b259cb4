import { describe, expect, it } from "vitest";
import { apiKeyAppliedNote } from "./api-key-note";

describe("apiKeyAppliedNote", () => {
  it.each([
    { key: { name: "CRM sync", prefix: "sb_live_3CFVab" }, note: "Applied through the API (key “CRM sync”, sb_live_3CFVab…)" },
    { key: { name: "Zapier ‹prod›", prefix: "sb_live_x" }, note: "Applied through the API (key “Zapier ‹prod›”, sb_live_x…)" },
    { key: null, note: "Applied through the API" },
  ])("$note", ({ key, note }) => {
    expect(apiKeyAppliedNote(key)).toBe(note);
  });
});
