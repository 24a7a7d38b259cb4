// Meeting types: what a prospect books and the rules of its slots. One per routing path, per team,
// or the workspace default; the most specific applies (path → team → workspace → built-in), so a
// workspace with none still books out of the box (DEFAULT_MEETING_TYPE). One schema for the
// dashboard, the database columns and the API.
import { z } from "zod";

export const MEETING_LOCATION_KINDS = ["VIDEO", "PHONE", "IN_PERSON"] as const;
export type TMeetingLocationKind = (typeof MEETING_LOCATION_KINDS)[number];

export const ZMeetingTypeSettings = z.object({
  title: z.string().trim().min(1, "Give the meeting a title").max(120),
  durationMinutes: z.number().int().min(5, "At least 5 minutes").max(480, "At most 8 hours"),
  bufferBeforeMinutes: z.number().int().min(0).max(240),
  bufferAfterMinutes: z.number().int().min(0).max(240),
  /** No slot starts sooner than this after now. */
  minNoticeMinutes: z.number().int().min(0).max(60 * 24 * 14),
  /** No slot starts later than this many days after now. */
  horizonDays: z.number().int().min(1).max(90),
  /** Slots start every this many minutes from the start of a working interval. */
  slotStepMinutes: z.number().int().min(5).max(240),
  /** Meetings per rep per day (in the rep's zone), bookings of every meeting type counted; null = no cap. */
  maxPerDay: z.number().int().min(1).max(50).nullable(),
  locationKind: z.enum(MEETING_LOCATION_KINDS),
  /** Video: a link ({rep} and {booking} are replaced); phone: a number; in person: an address. */
  location: z.string().trim().max(500),
  /** Whether leads of this path/team are offered booking at all. */
  offersBooking: z.boolean(),
  /** Working days within which the owner must have a slot before the next best rep is offered. */
  ownerWindowDays: z.number().int().min(1).max(30),
});
export type TMeetingTypeSettings = z.infer<typeof ZMeetingTypeSettings>;

export const DEFAULT_MEETING_TYPE: TMeetingTypeSettings = {
  title: "Intro call",
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 10,
  minNoticeMinutes: 120,
  horizonDays: 14,
  slotStepMinutes: 30,
  maxPerDay: 8,
  locationKind: "VIDEO",
  location: "https://meet.example.com/{rep}-{booking}",
  offersBooking: true,
  ownerWindowDays: 2,
};

export interface TMeetingTypeRecord extends TMeetingTypeSettings {
  id: string;
  teamId: string | null;
  pathId: string | null;
}

/** The meeting type for a lead routed by `pathId` to `teamId`: path's, else team's, else the workspace default's, else null (use DEFAULT_MEETING_TYPE). */
export function resolveMeetingType<T extends TMeetingTypeRecord>(types: readonly T[], route: { pathId: string | null; teamId: string | null }): T | null {
  return (
    (route.pathId ? types.find((t) => t.pathId === route.pathId) : undefined) ??
    (route.teamId ? types.find((t) => t.teamId === route.teamId && !t.pathId) : undefined) ??
    types.find((t) => !t.teamId && !t.pathId) ??
    null
  );
}

/** The meeting's location for one booking: a video link template filled in, else the text. */
export function meetingLocation(settings: Pick<TMeetingTypeSettings, "locationKind" | "location">, values: { rep: string; booking: string }): string {
  if (settings.locationKind !== "VIDEO") return settings.location;
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return settings.location.replaceAll("{rep}", slug(values.rep)).replaceAll("{booking}", slug(values.booking));
}
