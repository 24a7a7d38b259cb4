// GET /api/v1/leads.csv: the leads table as CSV with the leads page's filters and sort (API key, leads:read). See server/api/rest.
import { handleLeadsCsv } from "@/server/api/rest/handle-leads-csv";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");

export async function GET(request: Request) {
  return withDatabase("GET /api/v1/leads.csv", (db) => handleLeadsCsv(db, request, now()));
}
