// Seeds (or re-seeds) the demo workspace. Used by `npm run dev` on an empty database,
// `npm run db:seed`, and the e2e harness.
import type { Db } from "../../server/db/client";
import { hashPassword } from "../../server/auth/passwords";
import { ZFormDefinition } from "../../server/domain/forms/definition";
import { ZScoringModel } from "../../server/domain/scoring/model";
import { ZRoutingConfig } from "../../server/domain/routing/routing-config";
import { zonedParts, zonedWallTimeToInstant } from "../../server/domain/reps/zoned-time";
import { DEMO_NURTURE_POSTAL_ADDRESS, DEMO_NURTURE_SEQUENCE } from "./demo-nurture";
import { demoRoutingConfig } from "./demo-routing";
import { DEMO_FORM_DEFINITION } from "./demo-form-definition";
import { DEMO_FORM_SCORING } from "./demo-form-scoring";
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TEAMS, DEMO_WORKSPACE } from "./demo-people";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo workspace. `onlyIfEmpty`: seed only when the database has no workspace, decided
 * under an advisory lock so that app processes starting together seed once. `embedOrigins`: the
 * websites the demo form allows (development: the embed demo's, devEmbedDemoOrigins in
 * server/env.ts; none otherwise). Returns whether it seeded.
 */
export async function seedDemo(db: Db, now = new Date(), options: { onlyIfEmpty?: boolean; embedOrigins?: string[] } = {}): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('switchboard:seed-demo'))`;
    if (options.onlyIfEmpty && (await tx.workspace.count()) > 0) return false;
    await tx.workspace.deleteMany({ where: { slug: DEMO_WORKSPACE.slug } });
    const workspace = await tx.workspace.create({ data: DEMO_WORKSPACE });
    const teams = new Map<string, string>();
    for (const team of DEMO_TEAMS) {
      const created = await tx.team.create({ data: { ...team, workspaceId: workspace.id } });
      teams.set(team.name, created.id);
    }
    let marketerId: string | null = null;
    let managerId = "";
    for (const person of DEMO_PEOPLE) {
      const user = await tx.user.upsert({
        where: { email: person.email },
        create: { email: person.email, name: person.name, passwordHash, emailVerified: now, activeWorkspaceId: workspace.id },
        update: { name: person.name, passwordHash, activeWorkspaceId: workspace.id },
      });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: person.role } });
      if (person.role === "MARKETER") marketerId = user.id;
      if (person.role === "MANAGER") managerId = user.id;
      if (!person.rep) continue;
      const { teams: teamNames, outOfOffice, weekdayMeetings, ...profile } = person.rep;
      const rep = await tx.repProfile.create({ data: { ...profile, workspaceId: workspace.id, userId: user.id } });
      for (const name of teamNames) {
        await tx.teamMember.create({ data: { teamId: teams.get(name)!, repId: rep.id } });
      }
      if (outOfOffice) {
        const startsAt = new Date(now.getTime() + outOfOffice.startsInDays * DAY_MS);
        await tx.repTimeOff.create({
          data: { repId: rep.id, startsAt, endsAt: new Date(startsAt.getTime() + outOfOffice.days * DAY_MS), note: outOfOffice.note },
        });
      }
      if (weekdayMeetings) {
        await tx.repBusyBlock.createMany({ data: demoMeetings(weekdayMeetings, profile.timeZone, now).map((m) => ({ ...m, workspaceId: workspace.id, repId: rep.id, source: "ics" as const })) });
      }
    }
    await seedDemoForm(tx, workspace.id, marketerId, options.embedOrigins ?? []);
    const config = ZRoutingConfig.parse(demoRoutingConfig({ teams: Object.fromEntries(teams), managerUserId: managerId }));
    const routing = await tx.routingConfigVersion.create({ data: { workspaceId: workspace.id, version: 1, config, note: "Demo routing", createdById: managerId } });
    await tx.routingSettings.create({ data: { workspaceId: workspace.id, draftConfig: config, publishedVersionId: routing.id } });
    const sequence = await tx.nurtureSequence.create({ data: { workspaceId: workspace.id, name: DEMO_NURTURE_SEQUENCE.name, draft: DEMO_NURTURE_SEQUENCE.definition, publishedVersion: 1 } });
    await tx.nurtureSequenceVersion.create({ data: { workspaceId: workspace.id, sequenceId: sequence.id, version: 1, definition: DEMO_NURTURE_SEQUENCE.definition, publishedAt: now } });
    await tx.nurtureSettings.create({ data: { workspaceId: workspace.id, defaultSequenceId: sequence.id, postalAddress: DEMO_NURTURE_POSTAL_ADDRESS } });
    return true;
  });
}

/**
 * Busy blocks for weekday meetings at local times in `timeZone`, from `now`'s local day for 14
 * days — what the calendar sync would have cached from the rep's calendar.
 */
function demoMeetings(meetings: { start: string; end: string; title: string }[], timeZone: string, now: Date) {
  const today = zonedParts(now, timeZone);
  const blocks: { startsAt: Date; endsAt: Date; externalId: string }[] = [];
  for (let k = 0; k < 14; k++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + k));
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const ymd = date.toISOString().slice(0, 10);
    for (const meeting of meetings) {
      const startsAt = zonedWallTimeToInstant(`${ymd}T${meeting.start}`, timeZone);
      const endsAt = zonedWallTimeToInstant(`${ymd}T${meeting.end}`, timeZone);
      if (startsAt && endsAt) blocks.push({ startsAt, endsAt, externalId: `demo-${meeting.title}@${ymd}` });
    }
  }
  return blocks;
}

/** The published demo form (slug "demo"), version 1. */
async function seedDemoForm(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], workspaceId: string, publishedById: string | null, allowedOrigins: string[]) {
  const definition = ZFormDefinition.parse(DEMO_FORM_DEFINITION);
  const scoring = ZScoringModel.parse(DEMO_FORM_SCORING);
  await tx.form.deleteMany({ where: { slug: "demo" } });
  const form = await tx.form.create({
    data: { workspaceId, slug: "demo", name: "Demo request", status: "PUBLISHED", draftDefinition: definition, draftScoring: scoring, allowedOrigins },
  });
  const version = await tx.formVersion.create({ data: { formId: form.id, workspaceId, version: 1, definition, scoring, publishedById } });
  await tx.form.update({ where: { id: form.id }, data: { currentVersionId: version.id } });
}

export function demoCredentialsText(appUrl: string): string {
  const rows = DEMO_PEOPLE.map((p) => `  ${p.role.padEnd(9)} ${p.email.padEnd(32)} ${p.name}`);
  return [
    `Demo workspace "${DEMO_WORKSPACE.name}" is ready. Sign in at ${appUrl}/sign-in with any of:`,
    ...rows,
    `  password for all: ${DEMO_PASSWORD}`,
  ].join("\n");
}
