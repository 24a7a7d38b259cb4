"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type TRole } from "@/server/domain/auth/roles";
import { removeQuestion } from "./remove-question";
import { roleChangeQuestion } from "./role-change-question";
import { errorMessage } from "./trpc-error";

export function MemberActions({ membershipId, role, grantable, label, openLeads, hasRepProfile }: { membershipId: string; role: TRole; grantable: TRole[]; label: string; openLeads: number; hasRepProfile: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const options = { onSuccess: () => router.refresh(), onError: (e: unknown) => setError(errorMessage(e)) };
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions(options));
  const remove = useMutation(trpc.members.remove.mutationOptions(options));
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <select
        aria-label={`Role of ${label}`}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        value={role}
        disabled={changeRole.isPending}
        onChange={(e) => {
          const next = e.target.value as TRole;
          // Off lead work (Marketer): their open leads are handed on and their rep profile deactivated — asked first.
          const question = roleChangeQuestion(label, next, { hasRepProfile, openLeads });
          if (question === null || window.confirm(question)) changeRole.mutate({ membershipId, role: next });
        }}
      >
        {[role, ...grantable.filter((r) => r !== role)].map((r) => (
          <option key={r} value={r}>{ROLE_LABELS[r]}</option>
        ))}
      </select>
      <Button
        variant="ghost"
        aria-label={`Remove ${label}`}
        disabled={remove.isPending}
        onClick={() => window.confirm(removeQuestion(label, openLeads)) && remove.mutate({ membershipId })}
      >
        Remove
      </Button>
      {error && <p role="alert" className="w-full text-right text-sm text-red-600">{error}</p>}
    </div>
  );
}

export function RevokeInviteButton({ inviteId, email }: { inviteId: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const revoke = useMutation(trpc.invites.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button variant="ghost" aria-label={`Revoke invite for ${email}`} disabled={revoke.isPending} onClick={() => revoke.mutate({ inviteId })}>
      Revoke
    </Button>
  );
}
