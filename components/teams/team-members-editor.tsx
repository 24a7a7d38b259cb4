"use client";
// Add reps to a team or remove them; only reps of this workspace are offered (the server checks).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface TRepOption {
  repId: string;
  name: string;
  title: string;
  isActive: boolean;
}

export function TeamMembersEditor({ teamId, members, reps }: { teamId: string; members: TRepOption[]; reps: TRepOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [selected, setSelected] = useState("");
  const [error, setError] = useState<string | null>(null);
  const options = {
    onSuccess: () => {
      setError(null);
      setSelected("");
      router.refresh();
    },
    onError: (e: unknown) => setError(errorMessage(e)),
  };
  const add = useMutation(trpc.teams.addMember.mutationOptions(options));
  const remove = useMutation(trpc.teams.removeMember.mutationOptions(options));
  const memberIds = new Set(members.map((m) => m.repId));
  const addable = reps.filter((r) => !memberIds.has(r.repId));

  return (
    <div className="space-y-4">
      {members.length === 0 ? (
        <p className="text-sm text-slate-500">No members yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Team members">
          {members.map((m) => (
            <li key={m.repId} className="flex items-center justify-between gap-3 py-2">
              <span className="text-sm">
                <span className="font-medium">{m.name}</span>
                {m.title && <span className="text-slate-500"> · {m.title}</span>}{" "}
                {!m.isActive && <Badge tone="red">Inactive</Badge>}
              </span>
              <Button variant="ghost" aria-label={`Remove ${m.name} from the team`} disabled={remove.isPending} onClick={() => remove.mutate({ teamId, repId: m.repId })}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (selected) add.mutate({ teamId, repId: selected });
        }}
      >
        <div className="min-w-64 flex-1">
          <Label htmlFor="team-add-rep">Add a rep</Label>
          <Select id="team-add-rep" value={selected} onChange={(e) => setSelected(e.target.value)} disabled={addable.length === 0}>
            <option value="">{addable.length === 0 ? "Every rep is already a member" : "Choose a rep…"}</option>
            {addable.map((r) => (
              <option key={r.repId} value={r.repId}>
                {r.name}{r.isActive ? "" : " (inactive)"}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary" disabled={!selected || add.isPending}>
          {add.isPending ? "Adding…" : "Add"}
        </Button>
      </form>
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </div>
  );
}
