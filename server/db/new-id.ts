// Ids for rows written by raw SQL, shaped like Prisma's cuid() (a "c", the time, a per-process
// counter, randomness) so that they sort like the ids Prisma writes: lists ordered by
// (createdAt, id) keep the order rows were written in.
import crypto from "node:crypto";

let counter = 0;
// The randomness is drawn 128 ids at a time (one randomFillSync instead of a randomBytes call and a
// new Buffer per id: several ids per routed lead); each id still gets its own 8 random bytes.
const RANDOM_BYTES_PER_ID = 8;
const randomPool = Buffer.alloc(RANDOM_BYTES_PER_ID * 128);
let poolOffset = randomPool.length;

function nextRandomWord(): bigint {
  if (poolOffset >= randomPool.length) {
    crypto.randomFillSync(randomPool);
    poolOffset = 0;
  }
  const word = randomPool.readBigUInt64BE(poolOffset);
  poolOffset += RANDOM_BYTES_PER_ID;
  return word;
}

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const random = nextRandomWord().toString(36).padStart(13, "0").slice(0, 12);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
