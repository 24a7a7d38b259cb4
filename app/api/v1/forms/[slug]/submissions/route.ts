// POST /api/v1/forms/{slug}/submissions: submit a published form (public; CORS for the form's allowed origins). See server/api/rest.
import { formPreflight } from "@/server/api/rest/form-cors";
import { handleSubmission } from "@/server/api/rest/handle-submission";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");

export async function POST(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return withDatabase("POST /api/v1/forms/{slug}/submissions", async (db) =>
    handleSubmission(db, request, slug, now(), { routing: await getAppFollowUpDeps() }),
  );
}

export async function OPTIONS(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return withDatabase("OPTIONS /api/v1/forms/{slug}/submissions", (db) => formPreflight(db, slug, request));
}
