// Ids for rows written by raw SQL, shaped like Prisma's cuid() (a "c", the time, a per-process
// counter, randomness) so that they sort like the ids Prisma writes: lists ordered by
// (createdAt, id) keep the order rows were written in.
import crypto from "node:crypto";

let counter = 0;

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const random = crypto.randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(0, 12);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
