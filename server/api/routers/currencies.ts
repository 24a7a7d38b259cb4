// Settings → Currencies: the routing currency and exchange rates of the caller's workspace (owners
// and admins only). Thin: input shape, role, one service call (a change writes the job that
// recomputes existing leads' routing values: the queue comes from the deps, the app's by default).
import { z } from "zod";
import { ADMIN_ROLES } from "../../domain/auth/roles";
import { getCurrencySettings, removeExchangeRate, setExchangeRate, setRoutingCurrency } from "../../services/currencies/currency-settings";
import type { TCurrencyQueue } from "../../services/currencies/recompute-routing-values";
import { roleProcedure, router } from "../trpc";

const adminProcedure = roleProcedure(ADMIN_ROLES);
const ZCode = z.string().max(16);

export interface TCurrenciesRouterDeps {
  /** The job queue that recomputes existing leads' routing values after a change (started by the service before its transaction). */
  queue: () => Promise<TCurrencyQueue>;
}

export function currenciesRouterWith(deps: TCurrenciesRouterDeps) {
  return router({
    get: adminProcedure.query(({ ctx }) => getCurrencySettings(ctx.db, ctx.workspace.id)),
    setRoutingCurrency: adminProcedure
      .input(z.object({ currency: ZCode }))
      .mutation(async ({ ctx, input }) => setRoutingCurrency(ctx.db, { workspaceId: ctx.workspace.id, currency: input.currency }, await deps.queue())),
    setRate: adminProcedure
      .input(z.object({ currency: ZCode, rate: z.number({ error: "rate: Enter a number" }) }))
      .mutation(async ({ ctx, input }) => setExchangeRate(ctx.db, { workspaceId: ctx.workspace.id, currency: input.currency, rate: input.rate, userId: ctx.user.id }, await deps.queue())),
    removeRate: adminProcedure
      .input(z.object({ currency: ZCode }))
      .mutation(async ({ ctx, input }) => removeExchangeRate(ctx.db, { workspaceId: ctx.workspace.id, currency: input.currency }, await deps.queue())),
  });
}

/** The app's router (mount as `currencies`). */
export const currenciesRouter = currenciesRouterWith({
  queue: async () => (await import("../../workers/app-queue")).getJobQueue(),
});
