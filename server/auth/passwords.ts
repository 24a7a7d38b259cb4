import bcrypt from "bcryptjs";

export const MIN_PASSWORD_LENGTH = 10;
const COST = 10;

/**
 * A bcrypt hash (same cost as real ones) of a random password nobody knows. Compared against when
 * the account does not exist or has no password, so an unknown email costs the same bcrypt work
 * as a known one and sign-in timing does not tell them apart.
 */
const DUMMY_HASH = "$2b$10$qjOAUJXfaC5OoeMwnvbyZ.k4KDcD9lvxISm93TTUtB59itnQwz.QO";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Always one bcrypt compare: against `hash`, or the dummy hash (then always false). */
export async function verifyPasswordOrDummy(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && matches;
}
