// Form values for the rep form: defaults for a new rep, and a stored rep turned back into values.
import type { TRepCreateFormValues } from "@/server/domain/reps/rep-profile-input";
import { formatTags } from "@/server/domain/reps/tags";
import { defaultWeeklyHours } from "@/server/domain/reps/working-hours";

export type TRepFormValues = TRepCreateFormValues;

export function newRepFormValues(userId: string, timeZone: string): TRepFormValues {
  return {
    userId,
    title: "",
    seniority: "MID",
    skills: "",
    industries: "",
    segments: [],
    languages: "",
    regions: "",
    timeZone,
    workingHours: defaultWeeklyHours(),
    timeOff: [],
    maxOpenLeads: null,
    maxNewLeadsPerDay: null,
    routingWeight: 1,
  };
}

export interface TStoredRep {
  userId: string;
  title: string;
  seniority: TRepFormValues["seniority"];
  skills: string[];
  industries: string[];
  segments: NonNullable<TRepFormValues["segments"]>;
  languages: string[];
  regions: string[];
  timeZone: string;
  workingHours: { day: number; start: string; end: string }[];
  timeOff: { id: string; startsAt: Date; endsAt: Date; note: string }[];
  maxOpenLeads: number | null;
  maxNewLeadsPerDay: number | null;
  routingWeight: number;
}

export function storedRepFormValues(rep: TStoredRep): TRepFormValues {
  return {
    userId: rep.userId,
    title: rep.title,
    seniority: rep.seniority,
    skills: formatTags(rep.skills),
    industries: formatTags(rep.industries),
    segments: [...rep.segments],
    languages: formatTags(rep.languages),
    regions: formatTags(rep.regions),
    timeZone: rep.timeZone,
    workingHours: rep.workingHours.map((h) => ({ ...h })),
    timeOff: rep.timeOff.map((p) => ({ id: p.id, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt), note: p.note })),
    maxOpenLeads: rep.maxOpenLeads,
    maxNewLeadsPerDay: rep.maxNewLeadsPerDay,
    routingWeight: rep.routingWeight,
  };
}
