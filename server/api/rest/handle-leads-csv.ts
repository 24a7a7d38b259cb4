// The leads table as CSV, two doors to one service (leadsCsv):
//   GET /api/v1/leads.csv      an API key with leads:read, the whole workspace
//   GET /leads/export.csv      the dashboard's session (REPs: the leads they own)
// Both take the table's filters and sort (the leads page's URL parameters, checked strictly:
// leadsCsvInput — an unknown value is a 422 at the parameter's name, after the caller is known).
// The body is streamed page by page; the first page is read before answering, so a failure there
// is a proper error response.
import type { Db } from "../../db/client";
import type { TLeadViewer } from "../../services/leads/list-leads";
import { leadsCsv, leadsCsvFileName } from "../../services/leads/export-leads-csv";
import { leadsCsvInput } from "../../services/leads/leads-csv-query";
import { withApiKey, withoutCors } from "./authenticate";
import { errorResponse, jsonError } from "./json-error";

async function csvResponse(lines: AsyncGenerator<string>, now: Date): Promise<Response> {
  const encoder = new TextEncoder();
  const first = await lines.next(); // the header
  const second = await lines.next(); // the first page
  const head = "\uFEFF" + (first.done ? "" : first.value) + (second.done ? "" : second.value); // BOM: Excel reads UTF-8
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
      if (second.done) controller.close();
    },
    async pull(controller) {
      if (second.done) return;
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${leadsCsvFileName(now)}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export function handleLeadsCsv(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/leads.csv", async ({ workspaceId }) => {
    const input = leadsCsvInput(new URL(request.url).searchParams);
    return csvResponse(leadsCsv(db, workspaceId, input, null), now);
  });
}

/** The dashboard's export: `caller` from the session (null when signed out → 401). */
export async function handleDashboardLeadsCsv(db: Db, caller: { workspaceId: string; viewer: TLeadViewer } | null, params: URLSearchParams, now: Date): Promise<Response> {
  if (!caller) return withoutCors(jsonError(401, "UNAUTHORIZED", "Sign in to export leads", []));
  try {
    return await csvResponse(leadsCsv(db, caller.workspaceId, leadsCsvInput(params), caller.viewer), now);
  } catch (error) {
    return withoutCors(errorResponse(error, "GET /leads/export.csv"));
  }
}
