// GET /api/v1/forms/{slug}: the published form definition (public; CORS for the form's allowed origins). See server/api/rest.
import { formPreflight } from "@/server/api/rest/form-cors";
import { handleGetForm } from "@/server/api/rest/handle-get-form";
import { withDatabase } from "@/server/api/rest/with-database";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return withDatabase("GET /api/v1/forms/{slug}", (db) => handleGetForm(db, request, slug));
}

export async function OPTIONS(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return withDatabase("OPTIONS /api/v1/forms/{slug}", (db) => formPreflight(db, slug, request));
}
