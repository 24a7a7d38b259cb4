// The jobs routing writes as rows in its transaction, and their payloads. The handlers that run
// them are bound at the edge (server/workers/routing-jobs.ts), so routing never imports the job
// infrastructure.
import type { TJobBatchSender, TJobSender } from "../../db/job-rows";
import type { TBookingJobs } from "../bookings/booking-jobs";
import type { TLearningJobs } from "./learned-rebuild-jobs";
import type { TCalendarJobs } from "../calendars/write-booking-event";
import type { TWebhookJobs } from "../webhooks/webhook-jobs";
import type { TNurtureJobs } from "../nurture/nurture-jobs";
import type { TMailJobs } from "../../mail/send-email";
import type { TMailConfig } from "../../mail/mail-config";
import type { TRole } from "../../domain/auth/roles";

/** The "routing.alert" job: tell the owner (and a high-value reviewer) about an assignment. */
export interface TAssignmentAlert {
  assignmentId: string;
  workspaceId: string;
  isProvisional: boolean;
  /** ISO instant the lead must be accepted by (SLA), or null. */
  acceptByIso: string | null;
  isReminder: boolean;
  /** The high-value reviewer to ask as well (first alert of a provisional assignment). */
  review: { reviewerUserId: string; windowMinutes: number; value: number | null } | null;
}

export interface TAssignmentJob {
  assignmentId: string;
  workspaceId: string;
}

/**
 * The "routing.assigned" job, written BEFORE the routing lock with the id the assignment will
 * have: after commit it schedules the SLA and review timers and delivers the alert. When the
 * decision made no assignment (nurture, disqualified) it finds none and does nothing.
 */
export interface TAssignedJob {
  assignmentId: string;
  workspaceId: string;
  /** The SLA policy of the config the lead was routed with, if any. */
  sla: { remindAfterMinutes: number; reassignAfterMinutes: number } | null;
  /** The review to ask for should the assignment be provisional (the lead's value reached the policy's minimum). */
  review: { reviewerUserId: string; windowMinutes: number; value: number | null } | null;
  /**
   * true: a reassignment (REASSIGNED, SLA_REASSIGNED — also when it lands in the fallback queue),
   * whose own transaction wrote the lead.reassigned webhook event: the claim writes none. Absent
   * (a first routing, or a row from before): ROUTED / FALLBACK send lead.routed, others lead.reassigned.
   */
  isReassignment?: true;
}

/**
 * Why a lead's owner can no longer work it: removed from the workspace, or given a role that
 * cannot work leads (a Marketer).
 */
export type TOwnerRemovedCause = { kind: "removed" } | { kind: "role_changed"; role: TRole };

/**
 * The "routing.owner-removed" job, written in the transaction that removes a member or changes
 * their role to one that cannot work leads: one per open lead they owned. After commit it hands
 * the lead on to the next best rep (reassign-lead.ts, the rep excluded), unless the lead was
 * closed or moved on meanwhile, or they work leads again.
 */
export interface TOwnerRemovedJob {
  workspaceId: string;
  leadId: string;
  /** The member's rep profile, the lead's owner at removal (or role change). */
  fromRepId: string;
  /** Who removed the member (or changed their role). */
  byUserId: string | null;
  /** Why; absent on rows written before role changes handed leads on (= removed). */
  cause?: TOwnerRemovedCause;
}

export interface TRoutingJobs {
  /** Routes a stored lead that has no routing decision yet (its routing failed at submit). */
  "routing.route-lead": { leadId: string; workspaceId: string };
  "routing.assigned": TAssignedJob;
  "routing.alert": TAssignmentAlert;
  "routing.sla-remind": TAssignmentJob;
  "routing.sla-reassign": TAssignmentJob;
  "routing.review-confirm": TAssignmentJob;
  "routing.owner-removed": TOwnerRemovedJob;
}

/** A queue that takes routing's job rows, booking's (with the calendar write) and the outbox's mail jobs (the app's queue takes them all). */
export type TFollowUpJobs = TRoutingJobs & TLearningJobs & TMailJobs & TBookingJobs & TCalendarJobs & TWebhookJobs & TNurtureJobs;
export type TFollowUpQueue = TJobSender<TFollowUpJobs> & TJobBatchSender<TFollowUpJobs>;

/** What routing and its follow-ups need: the queue for job rows, the public URL, the signing secret. */
export interface TFollowUpDeps {
  /** A started queue (obtained before the transaction: PGlite is one connection). */
  queue: TFollowUpQueue;
  appUrl: string;
  authSecret: string;
  mail?: TMailConfig;
}
