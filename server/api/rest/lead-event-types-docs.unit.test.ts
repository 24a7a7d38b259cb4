// POST /api/v1/leads/{id}/events accepts every type of LEAD_EVENT_STAGES: the OpenAPI document's
// enum and its summary name each one (the summary left out meeting_booked, which the endpoint takes);
// the type's description says it is read in any letter case.
import { describe, expect, it } from "vitest";
import { LEAD_EVENT_STAGES } from "../../domain/outcomes/lead-event-request";
import { openApiDocument } from "./openapi";

const TYPES = Object.keys(LEAD_EVENT_STAGES);
type TDoc = { paths: Record<string, { post: { summary: string } }>; components: { schemas: Record<string, { properties: { type: { enum: string[]; description: string } } }> } };
const doc = openApiDocument as unknown as TDoc;
const request = doc.components.schemas.LeadEventRequest!;
const summary = doc.paths["/leads/{id}/events"]!.post.summary;

describe("POST /leads/{id}/events: the accepted types, documented", () => {
  it("the request's enum is every accepted type", () => {
    expect(request.properties.type.enum).toEqual(TYPES);
  });

  it.each(TYPES)("the summary names %s", (type) => {
    expect(summary).toMatch(new RegExp(`\\b${type}\\b`));
  });

  it("the type's description says meeting and meeting_booked are the same, and any letter case is read", () => {
    expect(request.properties.type.description).toBe('What happened; "meeting" and "meeting_booked" are the same: a meeting booked. Read in any letter case, spaces around ignored ("Won", " MEETING_BOOKED ")');
  });
});
