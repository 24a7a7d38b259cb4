// Settings → Webhooks (owners and admins, checked here): the same services as the REST API
// (services/webhooks), each procedure with its output schema. Disabling an endpoint holds its
// deliveries; enabling it sends the held ones (services/webhooks/webhook-hold.ts). The queue and the delivery deps
// (outbound guard, retry base, clock) are injected, so tests pass their own; `webhooksRouter` is
// the app's.
import { z } from "zod";
import { ADMIN_ROLES } from "../../domain/auth/roles";
import { WEBHOOK_EVENT_TYPES } from "../../domain/webhooks/webhook-events";
import { replayWebhookDelivery, type TWebhookDeps } from "../../services/webhooks/deliver-webhook";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  WEBHOOK_DELIVERY_STATUSES,
} from "../../services/webhooks/webhook-endpoints";
import { setWebhookEndpointEnabled } from "../../services/webhooks/webhook-hold";
import { now as clockNow } from "../../time/clock";
import { roleProcedure, router } from "../trpc";
import { env } from "../../env";

const ZId = z.string().min(1).max(64);

export const ZWebhookEndpointView = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  isEnabled: z.boolean(),
  disabledReason: z.string().nullable(),
  /** While disabled: events are still recorded for it (held) until then. */
  holdUntil: z.date().nullable(),
  /** Deliveries waiting for it to be enabled. */
  heldDeliveries: z.number().int(),
  createdAt: z.date(),
});

export const ZWebhookDeliveryView = z.object({
  id: z.string(),
  eventId: z.string(),
  /** A catalogue type, or webhook.test. */
  type: z.string(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastLatencyMs: z.number().int().nullable(),
  lastResponse: z.string().nullable(),
  lastAttemptAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
});

const ZAttemptResult = z.object({ status: z.enum(["DELIVERED", "RETRY", "FAILED", "HELD", "DONE"]), statusCode: z.number().int().nullable() });

export interface TWebhooksRouterDeps {
  /** The queue and the delivery deps (replay sends at once). */
  webhooks: () => Promise<TWebhookDeps>;
  now?: () => Date;
  /** Whether an endpoint may be saved at a private or local address (OUTBOUND_ALLOW_PRIVATE by default). */
  allowPrivateUrls?: () => boolean;
}

export function webhooksRouterWith({ webhooks, now = clockNow, allowPrivateUrls = () => env().OUTBOUND_ALLOW_PRIVATE }: TWebhooksRouterDeps) {
  const admins = roleProcedure(ADMIN_ROLES);
  const endpointInput = z.object({ endpointId: ZId });
  return router({
    list: admins.output(z.object({ endpoints: z.array(ZWebhookEndpointView) })).query(async ({ ctx }) => ({ endpoints: await listWebhookEndpoints(ctx.db, ctx.workspace.id) })),

    /** The service validates (url through the outbound guard, events against the catalogue) and names the field. */
    create: admins
      .input(z.object({ url: z.string().max(2000), events: z.array(z.string().max(64)).max(50), description: z.string().max(200).optional() }))
      .output(z.object({ endpoint: ZWebhookEndpointView, secret: z.string() }))
      .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.db, ctx.workspace.id, input, { allowPrivate: allowPrivateUrls() })),

    rotateSecret: admins
      .input(endpointInput)
      .output(z.object({ secret: z.string(), previousSecretExpiresAt: z.date(), previousSecrets: z.array(z.object({ expiresAt: z.date() })) }))
      .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.db, ctx.workspace.id, input.endpointId, now())),

    setEnabled: admins
      .input(endpointInput.extend({ isEnabled: z.boolean() }))
      .output(ZWebhookEndpointView)
      .mutation(async ({ ctx, input }) => setWebhookEndpointEnabled(ctx.db, { ...(await webhooks()), now }, ctx.workspace.id, input.endpointId, input.isEnabled)),

    delete: admins
      .input(endpointInput)
      .output(z.object({ ok: z.literal(true) }))
      .mutation(async ({ ctx, input }) => {
        await deleteWebhookEndpoint(ctx.db, ctx.workspace.id, input.endpointId);
        return { ok: true as const };
      }),

    deliveries: admins
      .input(endpointInput)
      .output(z.object({ deliveries: z.array(ZWebhookDeliveryView) }))
      .query(async ({ ctx, input }) => ({ deliveries: await listWebhookDeliveries(ctx.db, ctx.workspace.id, input.endpointId) })),

    sendTest: admins
      .input(endpointInput)
      .output(z.object({ deliveryId: z.string(), eventId: z.string() }))
      .mutation(async ({ ctx, input }) => sendWebhookTestEvent(ctx.db, (await webhooks()).queue, ctx.workspace.id, input.endpointId, now())),

    replay: admins
      .input(z.object({ deliveryId: ZId }))
      .output(ZAttemptResult)
      .mutation(async ({ ctx, input }) => replayWebhookDelivery(ctx.db, await webhooks(), ctx.workspace.id, input.deliveryId)),
  });
}

/** The app's router (mount as `webhooks`). */
export const webhooksRouter = webhooksRouterWith({
  webhooks: async () => {
    const [{ getAppFollowUpDeps }, { appWebhookDeps }] = await Promise.all([import("../../workers/app-queue"), import("../../services/webhooks/app-webhook-deps")]);
    return { ...appWebhookDeps(), queue: (await getAppFollowUpDeps()).queue };
  },
});
