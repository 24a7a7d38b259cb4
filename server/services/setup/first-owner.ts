// First run without the demo seed: while no user exists, an app start issues a one-time setup
// token (only its hash is stored) and prints it; /setup with that token creates the first owner
// and their workspace. `npm run create-owner` does the same from the command line, no token
// needed (it already has the database). Creating any owner this way deletes every setup token.
import crypto from "node:crypto";
import { hashPassword } from "../../auth/passwords";
import type { Db, DbTx } from "../../db/client";
import { ZFirstOwnerInput, type TFirstOwnerInput } from "../../domain/workspaces/first-owner-input";
import { slugify } from "../../domain/workspaces/invite-schema";
import { AppError, validationError } from "../../errors";

export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function hashSetupToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export async function hasAnyUser(db: Db | DbTx): Promise<boolean> {
  return (await db.user.count()) > 0;
}

/** A new setup token when no user exists (printed once, never stored), else null. */
export async function issueSetupToken(db: Db, now = new Date()): Promise<string | null> {
  if (await hasAnyUser(db)) return null;
  const token = crypto.randomBytes(24).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.setupToken.deleteMany({ where: { expiresAt: { lte: now } } });
    await tx.setupToken.create({ data: { tokenHash: hashSetupToken(token), expiresAt: new Date(now.getTime() + SETUP_TOKEN_TTL_MS) } });
  });
  return token;
}

function parseInput(input: unknown): TFirstOwnerInput {
  const parsed = ZFirstOwnerInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  return parsed.data;
}

async function createOwnerInTx(tx: DbTx, input: TFirstOwnerInput, passwordHash: string, now: Date) {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", `An account for ${input.email} already exists.`, [{ path: "email", message: "Already has an account" }]);
  }
  const base = slugify(input.workspaceName);
  const taken = new Set((await tx.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((w) => w.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const workspace = await tx.workspace.create({ data: { name: input.workspaceName, slug } });
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, passwordHash, emailVerified: now, activeWorkspaceId: workspace.id },
  });
  await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
  await tx.setupToken.deleteMany({});
  return { userId: user.id, email: user.email, workspaceId: workspace.id, workspaceSlug: slug };
}

const FIRST_OWNER_LOCK = "switchboard:first-owner";

/**
 * /setup: creates the first owner, only while no user exists and only with a valid, unexpired
 * setup token. Decided under an advisory lock, so two people racing with the token get one owner.
 */
export async function createFirstOwner(db: Db, input: { token: string } & Record<string, unknown>, now = new Date()) {
  const owner = parseInput(input);
  const passwordHash = await hashPassword(owner.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${FIRST_OWNER_LOCK}))`;
    if (await hasAnyUser(tx)) throw new AppError("NOT_FOUND", "Switchboard is already set up: sign in instead.");
    const token = typeof input.token === "string" ? input.token.trim() : "";
    const stored = token ? await tx.setupToken.findUnique({ where: { tokenHash: hashSetupToken(token) } }) : null;
    if (!stored || stored.expiresAt <= now) {
      throw new AppError(
        "FORBIDDEN",
        "That setup token is not valid. Use the one printed in the server log at start (a restart prints a new one), or run npm run create-owner.",
        [{ path: "token", message: token ? "Not valid or expired" : "Paste the setup token from the server log" }],
      );
    }
    return createOwnerInTx(tx, owner, passwordHash, now);
  });
}

/** `npm run create-owner`: a new workspace with a new owner account, at any time. */
export async function createOwner(db: Db, input: Record<string, unknown>, now = new Date()) {
  const owner = parseInput(input);
  const passwordHash = await hashPassword(owner.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${FIRST_OWNER_LOCK}))`;
    return createOwnerInTx(tx, owner, passwordHash, now);
  });
}
