// A parsed profile input → the RepProfile columns (time off is written separately).
import type { TRepProfileInput } from "../../domain/reps/rep-profile-input";
import { sortWeeklyHours } from "../../domain/reps/working-hours";

export function toProfileColumns(input: TRepProfileInput) {
  return {
    title: input.title,
    seniority: input.seniority,
    skills: input.skills,
    industries: input.industries,
    segments: input.segments,
    languages: input.languages,
    regions: input.regions,
    timeZone: input.timeZone,
    workingHours: sortWeeklyHours(input.workingHours),
    maxOpenLeads: input.maxOpenLeads,
    maxNewLeadsPerDay: input.maxNewLeadsPerDay,
    routingWeight: input.routingWeight,
  };
}
