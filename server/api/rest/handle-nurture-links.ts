// The nurture email's links, as plain route handlers (no session): one-click unsubscribe (RFC 8058:
// GET shows a button, POST — from the button or from a mail client's List-Unsubscribe-Post —
// unsubscribes; reading the link changes nothing, so mail scanners cannot unsubscribe anyone),
// tracked clicks (a signed redirect to the email's own link) and Resend's bounce/complaint webhook.
import type { Db } from "../../db/client";
import type { TFollowUpDeps } from "../../services/routing/follow-up-jobs";
import { trackClick } from "../../services/nurture/engagement";
import { formSlugOfTarget, withReturnVisitToken } from "../../domain/nurture/return-visit";
import { recordReturnVisit } from "../../services/nurture/return-visit";
import { createNurtureToken, verifyNurtureToken } from "../../services/nurture/nurture-token";
import { handleResendEvent, unsubscribeByToken } from "../../services/nurture/suppression";

const PAGE_HEADERS = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#27272a"><h1 style="font-size:1.25rem">${escapeHtml(title)}</h1>${body}</body></html>`;
  return new Response(html, { status, headers: PAGE_HEADERS });
}

export async function unsubscribeNow(db: Db, token: string, secret: string, now: Date): Promise<Response> {
  const result = await unsubscribeByToken(db, { token, secret, now });
  if (!result.ok) return page(404, "This unsubscribe link is not valid", "<p>Check that you opened the whole link from the email.</p>");
  return page(200, "You are unsubscribed", `<p>You will not receive these emails from ${escapeHtml(result.workspaceName)} again.</p>`);
}

export async function followTrackedLink(db: Db, deps: () => Promise<TFollowUpDeps>, token: string, secret: string, now: Date): Promise<Response> {
  const link = verifyNurtureToken(token, secret);
  if (link?.kind !== "c") return page(404, "This link is not valid", "<p>Check that you opened the whole link from the email.</p>");
  const followUps = await deps();
  const target = await trackClick(db, followUps, { sendId: link.sendId, index: link.index, now });
  if (!target) return page(404, "This link is not valid", "<p>The email this link came from no longer exists.</p>");
  // Back to one of our form pages: the page reports a return visit with this email's signed token.
  const location = formSlugOfTarget(target, followUps.appUrl) ? withReturnVisitToken(target, createNurtureToken({ kind: "r", sendId: link.sendId }, secret)) : target;
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}

export async function receiveResendWebhook(db: Db, request: Request, secret: string | undefined, now: Date): Promise<Response> {
  const body = await request.text();
  if (body.length > 256 * 1024) return new Response(null, { status: 413 });
  const result = await handleResendEvent(db, { secret, body, headers: request.headers, now });
  return result.status === 204 ? new Response(null, { status: 204 }) : Response.json(result.status === 200 ? { recorded: result.recorded } : { error: { code: result.status === 401 ? "UNAUTHORIZED" : "BAD_REQUEST", message: result.status === 401 ? "Signature not verified" : "No email id" } }, { status: result.status });
}

/** The form page reports a return visit (POST, no body): 204 whatever the outcome, nothing to learn. */
export async function reportReturnVisit(db: Db, deps: () => Promise<TFollowUpDeps>, input: { token: string; slug: string; secret: string; now: Date }): Promise<Response> {
  if (input.token.length <= 300 && input.slug.length <= 80) await recordReturnVisit(db, await deps(), input);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
