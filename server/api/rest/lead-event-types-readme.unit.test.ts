// The README's endpoint table row for POST /api/v1/leads/{id}/events names every type the endpoint
// accepts (it left out meeting_booked).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LEAD_EVENT_STAGES } from "../../domain/outcomes/lead-event-request";

const readme = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
const row = readme.split("\n").find((line) => line.startsWith("| `POST /api/v1/leads/{id}/events` |")) ?? "";

describe("README: POST /api/v1/leads/{id}/events", () => {
  it.each(Object.keys(LEAD_EVENT_STAGES))("the endpoint table names `%s`", (type) => {
    expect(row).toContain(`\`${type}\``);
  });
});
