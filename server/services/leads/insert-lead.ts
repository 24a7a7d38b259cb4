// The intake's writes in ONE statement (data-modifying CTEs), in the caller's transaction: the
// person (INSERT … ON CONFLICT, so two first leads of one person never race; only a trusted source
// overwrites the name, company and phone it gives), the person's latest non-spam lead of the last
// 30 days (repeat detection, read in the same snapshot: never the new lead), the lead (its id
// chosen up front; repeatOfLeadId set from that), its events (the "submitted" one marked isRepeat
// for a repeat), and — when the caller passes it — the webhook event row (written only when an
// endpoint subscribes). The Lead columns come from the draft by name, checked against the model's
// scalar fields; values travel as one JSON document (jsonb_populate_record does the casts).
// `isAnswered`: the same statement also answers the lead as stored (its columns, person, form and
// version — lead-resource-data.ts's row), so POST /api/v1/leads answers without reading it back.
import type { TRawSql } from "../../db/raw-sql";
import { Prisma } from "../../db/generated/client";
import { newId } from "../../db/new-id";
import { emailDomain } from "../../domain/conditions/email-domain";
import type { TIntakePerson } from "../../domain/leads/build-lead";
import { REPEAT_WINDOW_MS } from "../submissions/lead-history";
import { fanOutWebhookEvent, webhookEventInsert } from "../webhooks/webhook-jobs";
import { leadCreatedData, leadRow } from "./lead-row";
import { BUILT_IN_TIERS_SQL, publishedFormTiersSql } from "./load-workspace-tier-labels";
import type { TStoredLeadColumns } from "./lead-resource-data";
import type { TSaveLeadInput } from "./save-lead-types";

export interface TLeadInsert {
  workspaceId: string;
  leadId: string;
  /** Lead columns by name (without id, personId, repeatOfLeadId); JSON-serialisable values. */
  columns: Record<string, unknown>;
  events: { id: string; type: string; data: unknown; createdAt: Date }[];
  person: TIntakePerson | null;
  isTrustedSource: boolean;
  now: Date;
  /** A webhook event row's INSERT … RETURNING "id" (webhookEventInsert), or null. */
  webhookEvent: Prisma.Sql | null;
  /** Answer the lead as stored too (`stored`). */
  isAnswered?: boolean;
}

export interface TLeadInserted {
  repeatOfLeadId: string | null;
  /** The webhook event row's id when one was written (an endpoint subscribes). */
  webhookEventId: string | null;
  /** The lead as stored, with its person, form and version (only when `isAnswered`). */
  stored?: TStoredLeadColumns;
}

const LEAD_COLUMNS = new Set<string>(Object.values(Prisma.LeadScalarFieldEnum));
const SET_HERE = new Set(["id", "personId", "repeatOfLeadId"]);

export async function insertLead(tx: TRawSql, input: TLeadInsert): Promise<TLeadInserted> {
  const { workspaceId, now } = input;
  const at = now.toISOString();
  const names = Object.keys(input.columns).filter((name) => !SET_HERE.has(name) && input.columns[name] !== undefined);
  for (const name of names) if (!LEAD_COLUMNS.has(name)) throw new Error(`Not a Lead column: ${name}`);
  const quoted = (prefix: string) => Prisma.raw(names.map((name) => `${prefix}"${name}"`).join(", "));
  const row = JSON.stringify(Object.fromEntries(names.map((name) => [name, input.columns[name]])));
  const events = JSON.stringify(input.events.map((e) => ({ id: e.id, type: e.type, data: e.data, createdAt: e.createdAt.toISOString() })));
  // Repeats are looked for in the 30 days before the lead's own time (a backfilled lead from October
  // is never a repeat of a November one): its submittedAt column, now for a live lead.
  const submitted = input.columns.submittedAt instanceof Date ? input.columns.submittedAt : now;
  const from = new Date(submitted.getTime() - REPEAT_WINDOW_MS).toISOString();
  const until = submitted.toISOString();
  const [result] = await tx.$queryRaw<TLeadInserted[]>`
    WITH
    person AS (${personUpsert(workspaceId, input.person, input.isTrustedSource, at)}),
    earlier AS (
      SELECT l."id" FROM "Lead" l
       WHERE l."personId" = (SELECT "id" FROM person) AND l."workspaceId" = ${workspaceId} AND NOT l."isSpam"
         AND l."submittedAt" >= ${from}::timestamptz AT TIME ZONE 'UTC' AND l."submittedAt" <= ${until}::timestamptz AT TIME ZONE 'UTC'
       ORDER BY l."submittedAt" DESC LIMIT 1),
    lead AS (
      INSERT INTO "Lead" ("id", "personId", "repeatOfLeadId", ${quoted("")})
      SELECT ${input.leadId}, (SELECT "id" FROM person), (SELECT "id" FROM earlier), ${quoted("r.")}
        FROM jsonb_populate_record(NULL::"Lead", ${row}::jsonb) r
      RETURNING ${input.isAnswered ? Prisma.sql`*` : Prisma.sql`"id", "repeatOfLeadId"`}),
    events AS (
      INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
      SELECT e."id", lead."id", ${workspaceId}, e."type",
             CASE WHEN e."type" = 'submitted' AND lead."repeatOfLeadId" IS NOT NULL THEN e."data" || '{"isRepeat": true}'::jsonb ELSE e."data" END,
             e."createdAt"::timestamptz AT TIME ZONE 'UTC'
        FROM lead, jsonb_to_recordset(${events}::jsonb) AS e("id" text, "type" text, "data" jsonb, "createdAt" text)
      RETURNING 1),
    webhook AS (${input.webhookEvent ?? Prisma.sql`SELECT NULL::text AS "id" WHERE false`})
    SELECT lead."repeatOfLeadId", (SELECT "id" FROM webhook) AS "webhookEventId"${input.isAnswered ? storedColumnsSql(workspaceId) : Prisma.empty}
      FROM lead`;
  if (!input.isAnswered) return { repeatOfLeadId: result!.repeatOfLeadId, webhookEventId: result!.webhookEventId };
  const { repeatOfLeadId, webhookEventId, ...stored } = result as TLeadInserted & TStoredLeadColumns;
  return { repeatOfLeadId, webhookEventId, stored };
}

/** The lead as lead-resource-data.ts reads it (TStoredLeadColumns), from the statement's `lead` and `person`. */
function storedColumnsSql(workspaceId: string): Prisma.Sql {
  return Prisma.sql`, lead."submittedAt", lead."contactName", lead."contactCompany", lead."contactPhone", lead."answers", lead."notApplicableAnswers", lead."scores", lead."breakdown",
      lead."scoreTotal", lead."tier", lead."knockedOutBy", lead."estimatedValue"::text AS "estimatedValue", lead."currency", lead."isSpam",
      lead."routingValue"::text AS "routingValue", (SELECT w."routingCurrency" FROM "Workspace" w WHERE w."id" = ${workspaceId}) AS "routingCurrency",
      lead."spamReason", lead."source", lead."utm", lead."referrer", lead."status"::text AS "status",
      lead."stage"::text AS "stage", lead."stageChangedAt", lead."acceptedAt", lead."firstContactAt", lead."opportunityAmount"::text AS "opportunityAmount",
      lead."wonAmount"::text AS "wonAmount", lead."closedAt", lead."closeReason",
      CASE WHEN lead."formVersionId" IS NULL AND lead."tier" <> ALL(${BUILT_IN_TIERS_SQL}) THEN ${publishedFormTiersSql(Prisma.sql`${workspaceId}`)} END AS "publishedForms",
      (SELECT json_build_object('id', p."id", 'email', p."email", 'name', p."name", 'company', p."company", 'phone', p."phone") FROM person p) AS "person",
      (SELECT json_build_object('id', f."id", 'name', f."name", 'slug', f."slug") FROM "Form" f WHERE f."id" = lead."formId") AS "form",
      (SELECT json_build_object('id', v."id", 'version', v."version") FROM "FormVersion" v WHERE v."id" = lead."formVersionId") AS "formVersion"`;
}

function personUpsert(workspaceId: string, person: TIntakePerson | null, isTrustedSource: boolean, at: string): Prisma.Sql {
  if (!person) return Prisma.sql`SELECT NULL::text AS "id", NULL::text AS "email", NULL::text AS "name", NULL::text AS "company", NULL::text AS "phone" WHERE false`;
  const domain = emailDomain(person.email) ?? person.email.slice(person.email.lastIndexOf("@") + 1);
  return Prisma.sql`
    INSERT INTO "Person" ("id", "workspaceId", "email", "emailDomain", "name", "company", "phone", "createdAt", "updatedAt")
    VALUES (${newId()}, ${workspaceId}, ${person.email}, ${domain}, ${person.name ?? null}::text, ${person.company ?? null}::text, ${person.phone ?? null}::text,
            ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("workspaceId", "email") DO UPDATE SET
      "name" = CASE WHEN ${isTrustedSource}::boolean AND EXCLUDED."name" IS NOT NULL THEN EXCLUDED."name" ELSE "Person"."name" END,
      "company" = CASE WHEN ${isTrustedSource}::boolean AND EXCLUDED."company" IS NOT NULL THEN EXCLUDED."company" ELSE "Person"."company" END,
      "phone" = CASE WHEN ${isTrustedSource}::boolean AND EXCLUDED."phone" IS NOT NULL THEN EXCLUDED."phone" ELSE "Person"."phone" END,
      "updatedAt" = CASE WHEN ${isTrustedSource}::boolean THEN EXCLUDED."updatedAt" ELSE "Person"."updatedAt" END
    RETURNING "id", "email", "name", "company", "phone"`;
}

/**
 * The intake's first write for one lead, alone or in a batch (before any routing lock): the lead
 * with its person, events and — when the app routes it (`input.routing`) — the lead.created
 * webhook row, fanned out to the subscribed endpoints' delivery jobs.
 */
export async function insertIntakeLead(tx: TRawSql, leadId: string, input: TSaveLeadInput): Promise<TLeadInserted> {
  const { workspaceId, routing } = input;
  const data = leadRow(workspaceId, input.lead, input.idempotency, input.warnings);
  const webhook = routing ? webhookEventInsert({ workspaceId, type: "lead.created", at: input.now, data: leadCreatedData(leadId, input.lead, input.person) }) : null;
  const inserted = await insertLead(tx, { workspaceId, leadId, columns: data.lead, events: data.events, person: input.person, isTrustedSource: input.isTrustedSource, now: input.now, webhookEvent: webhook?.sql ?? null, isAnswered: input.isAnswered ?? false });
  if (routing && inserted.webhookEventId) await fanOutWebhookEvent(tx, routing.queue, inserted.webhookEventId, workspaceId);
  return inserted;
}
