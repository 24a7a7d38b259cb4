// What an unsubscribe link's page shows (reading it changes nothing: mail scanners prefetch links):
// whose emails (the workspace), to which address (masked: the link is a bearer token, see
// domain/nurture/mask-address.ts) and whether that address is already off the workspace's list
// (unsubscribed, bounced or complained — no nurture email goes to it either way). The POST that
// unsubscribes is suppression.ts's unsubscribeByToken (idempotent: pressing again changes nothing).
import type { Db } from "../../db/client";
import { maskAddress } from "../../domain/nurture/mask-address";
import { verifyNurtureToken } from "./nurture-token";

export type TUnsubscribeView =
  | { state: "invalid" }
  | { state: "subscribed" | "unsubscribed"; workspaceName: string; maskedAddress: string };

export async function loadUnsubscribeView(db: Db, input: { token: string; secret: string }): Promise<TUnsubscribeView> {
  const link = input.secret ? verifyNurtureToken(input.token, input.secret) : null;
  if (link?.kind !== "u") return { state: "invalid" };
  const send = await db.nurtureSend.findUnique({ where: { id: link.sendId }, select: { workspaceId: true, emailId: true } });
  if (!send?.emailId) return { state: "invalid" };
  const email = await db.emailMessage.findUnique({ where: { id: send.emailId }, select: { to: true, workspace: { select: { name: true } } } });
  const address = email?.to[0];
  if (!address) return { state: "invalid" };
  const suppression = await db.nurtureSuppression.findUnique({
    where: { workspaceId_email: { workspaceId: send.workspaceId, email: address.trim().toLowerCase() } },
    select: { reason: true },
  });
  return { state: suppression ? "unsubscribed" : "subscribed", workspaceName: email.workspace?.name ?? "", maskedAddress: maskAddress(address) };
}
