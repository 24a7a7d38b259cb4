// tRPC base: context (database, signed-in user, active workspace and role) and the procedure
// guards. Every workspace procedure reads ctx.workspace.id, never an id from the input, for
// scoping; roles are checked here on the server.
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { AppError } from "../errors";
import type { Db } from "../db/client";
import { isDatabaseError, NUL_SQLSTATE } from "../db/raw-sql";
import { NUL_REFUSED_MESSAGE, storableValue } from "../domain/validation/storable-text";
import type { TSessionUser } from "../auth/session";
import { resolveWorkspace, type TWorkspaceContext } from "../services/workspaces/resolve-workspace";
import type { TRole } from "../domain/auth/roles";
import type { TCalendarDeps } from "../services/calendars/sync-calendar";

export interface TContext {
  db: Db;
  user: TSessionUser | null;
  /** The caller's address (X-Forwarded-For as server/cli/serve.ts set it), for rate limits. */
  clientIp: string;
  /** Calendar fetch and key; the app's (OUTBOUND_ALLOW_PRIVATE, CALENDAR_ENCRYPTION_KEY) when absent. Tests pass their own. */
  calendarDeps?: TCalendarDeps;
}

const TRPC_CODES = {
  BAD_REQUEST: "BAD_REQUEST",
  VALIDATION: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const;

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const details =
      cause instanceof AppError
        ? cause.details
        : cause instanceof ZodError
          ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
          : [];
    return { ...shape, data: { ...shape.data, appCode: cause instanceof AppError ? cause.code : null, details } };
  },
});

/** Services throw AppError; tRPC callers get the matching code, message and field details. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODES[cause.code], message: cause.message, cause });
  }
  // A NUL character reached the database in the caller's input: their mistake, not a server error.
  if (!result.ok && isDatabaseError(result.error.cause, NUL_SQLSTATE)) throw new TRPCError({ code: "BAD_REQUEST", message: NUL_REFUSED_MESSAGE });
  return result;
});

/**
 * Every procedure's input as the database can store it (domain/validation/storable-text.ts): NULs
 * removed, lone surrogates (half an emoji) → U+FFFD, in every string and property name, before the
 * input schema reads it — jsonb refused them with a 500, text columns with a 400. One walk of the
 * input that copies nothing unless a string changes (superjson's Dates and Maps left as they are).
 */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  const raw = await getRawInput();
  const storable = storableValue(raw);
  return storable === raw ? next() : next({ getRawInput: async () => storable });
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors).use(storableInput);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const workspaceProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const workspace: TWorkspaceContext | null = await resolveWorkspace(ctx.db, ctx.user.id);
  if (!workspace) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of any workspace." });
  // The caller as the lead services see them (a rep reads only their own leads).
  const viewer = { userId: ctx.user.id, role: workspace.role };
  return next({ ctx: { ...ctx, workspace, viewer } });
});

/** A workspace procedure that only the given roles may call. */
export function roleProcedure(allowed: readonly TRole[]) {
  return workspaceProcedure.use(({ ctx, next }) => {
    if (!allowed.includes(ctx.workspace.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    }
    return next();
  });
}
