// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public REST API (CORS open).
import { jsonResponse, preflightResponse } from "@/server/api/rest/cors";
import { openApiDocument } from "@/server/api/rest/openapi";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(200, openApiDocument, { "cache-control": "public, max-age=300" });
}

export function OPTIONS() {
  return preflightResponse();
}
