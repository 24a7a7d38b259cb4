// GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public REST API (CORS open).
import { jsonResponse, OPEN_CORS_HEADERS, preflightResponse } from "@/server/api/rest/cors";
import { openApiDocument } from "@/server/api/rest/openapi";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-static";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");

export function GET() {
  return jsonResponse(200, openApiDocument, { "cache-control": "public, max-age=300", ...OPEN_CORS_HEADERS });
}

export function OPTIONS() {
  return preflightResponse(OPEN_CORS_HEADERS);
}
