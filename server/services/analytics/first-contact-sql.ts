// First contact, one definition for the funnel's "Contacted" step (funnel-sql.ts) and
// speed-to-lead's first contact (speed-to-lead-sql.ts), on a lead (alias l) with its "reach" facts
// (funnel-sql.ts reachCte, alias rc):
//   - WHEN: Lead.firstContactAt, the first time a rep reached the prospect — the earliest contact
//     outcome (contacted, meeting booked, meeting held: CONTACT_STAGES of
//     server/domain/outcomes/lead-stages.ts) or booking (book-slot.ts), whichever came first. Per
//     lead: who made it does not matter (a reassigned lead is contacted once).
//   - WHETHER: a lead with a first contact, or one that went further without one recorded (a
//     meeting — a no-show too —, an opportunity or a win, e.g. "Won" logged straight from the
//     inbox): the prospect was reached, at a time nobody recorded. Both views count such a lead
//     as contacted; speed-to-lead times only the contacts it knows the time of.
// The funnel's stages after "contacted" are the same facts (RANK_SQL reads them from here), so the
// funnel never widens and its Contacted count is this one.
import { Prisma } from "../../db/generated/client";

export const FIRST_CONTACT_AT_SQL = Prisma.sql`l."firstContactAt"`;

/** The lead row's own signs of an opportunity (its stage, an amount); the outcomes' are rc.opp. */
const OPPORTUNITY_ON_LEAD_ROW = Prisma.sql`l."stage"::text IN ('WON', 'OPPORTUNITY') OR l."opportunityAmount" IS NOT NULL`;

/** The lead row's own sign of a meeting (its stage); the outcomes' and bookings' are rc.met. */
const MEETING_ON_LEAD_ROW = Prisma.sql`l."stage"::text IN ('MEETING_BOOKED', 'MEETING_HELD', 'NO_SHOW')`;

/** Ever had an opportunity (the stage, an amount, an outcome), or won. */
export const HAS_OPPORTUNITY_SQL = Prisma.sql`(${OPPORTUNITY_ON_LEAD_ROW} OR COALESCE(rc.opp, false))`;

/** Ever had a meeting (booked, held, no-show, a booking), or went further. */
export const HAS_MEETING_SQL = Prisma.sql`(${HAS_OPPORTUNITY_SQL} OR ${MEETING_ON_LEAD_ROW} OR COALESCE(rc.met, false))`;

/** The lead was contacted: a first contact, or a later stage reached without one recorded. */
export const WAS_CONTACTED_SQL = Prisma.sql`(${FIRST_CONTACT_AT_SQL} IS NOT NULL OR ${HAS_MEETING_SQL})`;

/**
 * WAS_CONTACTED_SQL from the lead row alone (no "reach" join): the same lead is contacted when
 * this holds or it is one of reachedLeadIdsSql's leads (funnel-sql.ts) — rc.met OR rc.opp is
 * exactly "reach has a row for it". Speed-to-lead looks the rest up once per lead.
 */
export const CONTACTED_ON_LEAD_ROW_SQL = Prisma.sql`(${FIRST_CONTACT_AT_SQL} IS NOT NULL OR ${OPPORTUNITY_ON_LEAD_ROW} OR ${MEETING_ON_LEAD_ROW})`;
