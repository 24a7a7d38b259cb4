// One process of the booking contention bench: books the same slot for each of its leads, all at
// once, and prints { confirmed, conflicts, errors } as its last line.
//   node --import tsx server/bench/booking-process.ts <database url> <workspaceId> <now ISO> <start ISO> <leadId,leadId,…>
import { bookSlot } from "../services/bookings/book-slot";
import { openRoutingProcess } from "../testing/concurrency/routing-process";

const [url, workspaceId, nowIso, startIso, leadList] = process.argv.slice(2);
if (!url || !workspaceId || !nowIso || !startIso || !leadList) {
  console.error("usage: booking-process.ts <database url> <workspaceId> <now> <start> <leadIds>");
  process.exit(2);
}
const leadIds = leadList.split(",");
const app = await openRoutingProcess(url, leadIds.length + 2);
const counts = { confirmed: 0, conflicts: 0, errors: 0 };
await Promise.all(
  leadIds.map(async (leadId) => {
    try {
      const result = await bookSlot(app.handle.db, app.deps, { workspaceId, leadId, start: new Date(startIso), timeZone: "UTC", bookedBy: "api", now: new Date(nowIso) });
      if (result.ok) counts.confirmed++;
      else counts.conflicts++;
    } catch (error) {
      counts.errors++;
      console.error(`[bench] booking failed: ${(error as Error).name}`);
    }
  }),
);
await app.close();
console.log(JSON.stringify(counts));
