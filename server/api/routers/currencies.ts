// Settings → Currencies: the routing currency and exchange rates of the caller's workspace (owners
// and admins only). Thin: input shape, role, one service call.
import { z } from "zod";
import { ADMIN_ROLES } from "../../domain/auth/roles";
import { getCurrencySettings, removeExchangeRate, setExchangeRate, setRoutingCurrency } from "../../services/currencies/currency-settings";
import { roleProcedure, router } from "../trpc";

const adminProcedure = roleProcedure(ADMIN_ROLES);
const ZCode = z.string().max(16);

export const currenciesRouter = router({
  get: adminProcedure.query(({ ctx }) => getCurrencySettings(ctx.db, ctx.workspace.id)),
  setRoutingCurrency: adminProcedure
    .input(z.object({ currency: ZCode }))
    .mutation(({ ctx, input }) => setRoutingCurrency(ctx.db, { workspaceId: ctx.workspace.id, currency: input.currency })),
  setRate: adminProcedure
    .input(z.object({ currency: ZCode, rate: z.number({ error: "rate: Enter a number" }) }))
    .mutation(({ ctx, input }) => setExchangeRate(ctx.db, { workspaceId: ctx.workspace.id, currency: input.currency, rate: input.rate, userId: ctx.user.id })),
  removeRate: adminProcedure
    .input(z.object({ currency: ZCode }))
    .mutation(({ ctx, input }) => removeExchangeRate(ctx.db, { workspaceId: ctx.workspace.id, currency: input.currency })),
});
