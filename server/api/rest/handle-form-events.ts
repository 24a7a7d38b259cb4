// POST /api/v1/forms/{slug}/events: transport only — anonymous form step beacons (see
// server/services/analytics/record-step-events.ts). 202 with what was stored; bots get 202 too
// (nothing stored), so a crawler learns nothing; CORS for the form's allowed origins. It takes no
// query parameter: one is a 422 at query.<name> before anything is read (no-query-parameters.ts).
import type { Db } from "../../db/client";
import { MAX_STEP_EVENTS_BYTES, recordFormStepEvents } from "../../services/analytics/record-step-events";
import type { TLimiter } from "../../services/rate-limit/rate-limits";
import { clientIp } from "./client-ip";
import { jsonResponse, withHeaders } from "./cors";
import { formCors } from "./form-cors";
import { errorResponse } from "./json-error";
import { refuseQueryParameters } from "./no-query-parameters";
import { readBody } from "./read-parsed-body";

export async function handleFormEvents(db: Db, request: Request, slug: string, now: Date, options: { rateLimit?: TLimiter } = {}): Promise<Response> {
  let cors: Record<string, string> = { vary: "Origin" };
  try {
    cors = await formCors(db, slug, request);
    refuseQueryParameters("POST /api/v1/forms/{slug}/events", request.url);
    const body = await readBody(request, { maxBytes: MAX_STEP_EVENTS_BYTES, headers: cors });
    if (!body.ok) return body.response;
    const result = await recordFormStepEvents(db, { slug, body: body.value, userAgent: request.headers.get("user-agent"), ip: clientIp(request.headers), now, rateLimit: options.rateLimit });
    return jsonResponse(202, result, cors);
  } catch (error) {
    return withHeaders(errorResponse(error, "POST /api/v1/forms/{slug}/events"), cors);
  }
}
