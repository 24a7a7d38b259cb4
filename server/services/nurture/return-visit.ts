// A return visit: the lead came back to one of the workspace's form pages through a tracked link
// of a nurture email (the redirect added a signed token bound to that email's send, hence to the
// lead). Adds the workspace's return-visit points once per email — may graduate the lead (see
// engagement.ts). A forged token, another workspace's form or an ended enrolment count nothing.
import type { Db } from "../../db/client";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { recordEngagementInTx } from "./engagement";
import { verifyNurtureToken } from "./nurture-token";

export async function recordReturnVisit(db: Db, deps: TFollowUpDeps, input: { token: string; secret: string; slug: string; now: Date }): Promise<{ isCounted: boolean }> {
  const link = verifyNurtureToken(input.token, input.secret);
  if (link?.kind !== "r") return { isCounted: false };
  const send = await db.nurtureSend.findUnique({ where: { id: link.sendId }, select: { id: true, workspaceId: true, enrollmentId: true, stepIndex: true, enrollment: { select: { status: true } } } });
  if (!send || send.enrollment.status !== "ACTIVE") return { isCounted: false };
  const form = await db.form.findFirst({ where: { slug: input.slug, workspaceId: send.workspaceId }, select: { id: true } });
  if (!form) return { isCounted: false };
  await deps.queue.start();
  return db.$transaction(async (tx) => {
    // The send's row lock makes "once per email" hold when the page reports twice at once.
    await tx.$queryRaw`SELECT id FROM "NurtureSend" WHERE id = ${send.id} FOR UPDATE`;
    const earlier = await tx.leadEvent.findFirst({ where: { workspaceId: send.workspaceId, type: "nurture_engaged", AND: [{ data: { path: ["engagement"], equals: "return_visit" } }, { data: { path: ["sendId"], equals: send.id } }] }, select: { id: true } });
    if (earlier) return { isCounted: false };
    const outcome = await recordEngagementInTx(tx, deps, { workspaceId: send.workspaceId, enrollmentId: send.enrollmentId, kind: "return_visit", now: input.now, detail: { sendId: send.id, stepIndex: send.stepIndex, formSlug: input.slug } });
    return { isCounted: outcome !== null };
  });
}
