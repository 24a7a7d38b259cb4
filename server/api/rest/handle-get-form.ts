// GET /api/v1/forms/{slug}: the published definition for renderers (hosted page, embed, custom
// front ends). Never the scoring model: how leads are qualified stays private.
import type { Db } from "../../db/client";
import type { TFormDefinition } from "../../domain/forms/definition";
import { getPublishedForm } from "../../services/forms/published-form";
import { appRateLimits, type TLimiter } from "../../services/rate-limit/rate-limits";
import { clientIp } from "./client-ip";
import { jsonResponse, withHeaders } from "./cors";
import { formCors } from "./form-cors";
import { errorResponse, jsonError } from "./json-error";

export interface TPublicForm {
  slug: string;
  name: string;
  version: number;
  definition: TFormDefinition;
}

export interface THandleGetFormOptions {
  /** Reads per address and form (default: the app's, RATE_LIMIT_FORM_READS_PER_MINUTE). */
  rateLimit?: TLimiter;
}

export async function handleGetForm(db: Db, request: Request, slug: string, options: THandleGetFormOptions = {}): Promise<Response> {
  let cors: Record<string, string> = { vary: "Origin" };
  try {
    cors = await formCors(db, slug, request);
    await (options.rateLimit ?? appRateLimits().formRead).consume(slug, clientIp(request.headers));
    const published = await getPublishedForm(db, slug);
    if (!published) return jsonError(404, "NOT_FOUND", "Form not found", [{ path: "slug", message: "Not found" }], cors);
    const body: TPublicForm = {
      slug: published.form.slug,
      name: published.form.name,
      version: published.version.version,
      definition: published.version.definition,
    };
    return jsonResponse(200, body, cors);
  } catch (error) {
    return withHeaders(errorResponse(error, "GET /api/v1/forms/{slug}"), cors);
  }
}
