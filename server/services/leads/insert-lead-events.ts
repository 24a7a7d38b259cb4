// Timeline events of leads in ONE raw statement, in the caller's transaction (Prisma's or the thin
// client's): what leadEvent.create/createMany wrote, with ids chosen here.
import { newId } from "../../db/new-id";
import type { TRawSql } from "../../db/raw-sql";

export interface TNewLeadEvent {
  leadId: string;
  type: string;
  data: unknown;
  createdAt: Date;
}

export async function insertLeadEvents(tx: Pick<TRawSql, "$executeRaw">, workspaceId: string, events: readonly TNewLeadEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = JSON.stringify(events.map((e) => ({ id: newId(), leadId: e.leadId, type: e.type, data: e.data, createdAt: e.createdAt.toISOString() })));
  await tx.$executeRaw`
    INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
    SELECT e."id", e."leadId", ${workspaceId}, e."type", e."data", e."createdAt"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${rows}::jsonb) AS e("id" text, "leadId" text, "type" text, "data" jsonb, "createdAt" text)`;
}
