"use client";
// Settings → Meeting types: every meeting type of the workspace as its own form, and one to add.
// Without any, booking uses the built-in defaults (the first form starts from them).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { DEFAULT_MEETING_TYPE, type TMeetingTypeRecord } from "@/server/domain/booking/meeting-type";
import { MeetingTypeForm, newMeetingTypeDraft, type TScopeChoices } from "./meeting-type-form";

function scopeName(t: TMeetingTypeRecord, choices: TScopeChoices): string {
  if (t.pathId) return `Routing path: ${choices.paths.find((p) => p.id === t.pathId)?.name ?? t.pathId}`;
  if (t.teamId) return `Team: ${choices.teams.find((x) => x.id === t.teamId)?.name ?? t.teamId}`;
  return "Workspace default";
}

export function MeetingTypesEditor({ meetingTypes, choices }: { meetingTypes: TMeetingTypeRecord[]; choices: TScopeChoices }) {
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.meetingTypes.save.mutationOptions({ onSuccess: () => router.refresh() }));
  const remove = useMutation(trpc.meetingTypes.delete.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-6">
      {meetingTypes.length === 0 && (
        <p className="rounded-md bg-brand-50 px-4 py-3 text-sm text-slate-700" data-testid="meeting-types-empty">
          No meeting type saved yet: every booking end screen offers the built-in one — {DEFAULT_MEETING_TYPE.title}, {DEFAULT_MEETING_TYPE.durationMinutes} minutes, {DEFAULT_MEETING_TYPE.minNoticeMinutes / 60} hours&apos; notice, up to {DEFAULT_MEETING_TYPE.horizonDays} days ahead, the next best rep after {DEFAULT_MEETING_TYPE.ownerWindowDays} working days. Add one below to change it.
        </p>
      )}
      {meetingTypes.map((t) => (
        <Card key={t.id}>
          <h2 className="mb-3 text-base font-semibold">
            {t.title} <span className="font-normal text-slate-500">· {scopeName(t, choices)}</span>
          </h2>
          <MeetingTypeForm initial={t} choices={choices} onSave={(draft) => save.mutateAsync(draft)} onDelete={async () => void (await remove.mutateAsync({ id: t.id }))} />
        </Card>
      ))}
      <Card>
        <h2 className="mb-3 text-base font-semibold">New meeting type</h2>
        <MeetingTypeForm key={meetingTypes.length} initial={newMeetingTypeDraft()} choices={choices} onSave={(draft) => save.mutateAsync(draft)} />
      </Card>
    </div>
  );
}
