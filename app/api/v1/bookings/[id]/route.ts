// GET /api/v1/bookings/{id}: one booking (API key, leads:read).
import { handleGetBooking } from "@/server/api/rest/handle-bookings";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withDatabase("GET /api/v1/bookings/{id}", (db) => handleGetBooking(db, request, id, now()));
}
