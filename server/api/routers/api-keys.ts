import { z } from "zod";
import { ADMIN_ROLES } from "../../domain/auth/roles";
import { MAX_EXPIRY_DAYS, ZApiKeyScope, ZApiKeyScopes } from "../../domain/api-keys/scopes";
import { createApiKey, listApiKeys, revokeApiKey } from "../../services/api-keys/api-keys";
import { roleProcedure, router } from "../trpc";

const adminProcedure = roleProcedure(ADMIN_ROLES);

export const SCOPES_REQUIRED_MESSAGE = "Choose at least one scope: scopes is required (a key gets only the scopes it is given)";

/** Required, at least one (as Settings → API keys): a key made here never gets every scope by omission. */
const ZRequiredScopes = z
  .array(ZApiKeyScope, { error: (issue) => (issue.input === undefined ? SCOPES_REQUIRED_MESSAGE : undefined) })
  .min(1, SCOPES_REQUIRED_MESSAGE)
  .pipe(ZApiKeyScopes);

export const apiKeysRouter = router({
  list: adminProcedure.query(({ ctx }) => listApiKeys(ctx.db, ctx.workspace.id)),
  create: adminProcedure
    .input(
      z.object({
        name: z.string().trim().min(1, "Name the key").max(80),
        scopes: ZRequiredScopes,
        /** Absent or null = never expires. */
        expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS).nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createApiKey(ctx.db, { workspaceId: ctx.workspace.id, name: input.name, createdById: ctx.user.id, scopes: input.scopes, expiresInDays: input.expiresInDays ?? null }),
    ),
  revoke: adminProcedure.input(z.object({ keyId: z.string().min(1).max(64) })).mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.workspace.id, input.keyId)),
});
