// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public REST API (CORS open).
import { jsonResponse, OPEN_CORS_HEADERS, preflightResponse } from "@/server/api/rest/cors";
import { openApiDocument } from "@/server/api/rest/openapi";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(200, openApiDocument, { "cache-control": "public, max-age=300", ...OPEN_CORS_HEADERS });
}

export function OPTIONS() {
  return preflightResponse(OPEN_CORS_HEADERS);
}
