"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ROLE_LABELS, type TRole } from "@/server/domain/auth/roles";
import { ZInviteInput } from "@/server/domain/workspaces/invite-schema";
import { errorDetails, errorMessage } from "./trpc-error";

type TForm = z.input<typeof ZInviteInput>;

export function InviteForm({ roles, teams }: { roles: TRole[]; teams: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<TForm>({ resolver: zodResolver(ZInviteInput), defaultValues: { email: "", role: "REP", teamId: "" } });
  const { register, handleSubmit, control, setError, reset, formState: { errors } } = form;
  const invite = useMutation(trpc.invites.create.mutationOptions());
  const role = useWatch({ control, name: "role" });

  const onSubmit = handleSubmit(async (values) => {
    setSentTo(null);
    try {
      const input = ZInviteInput.parse({ ...values, teamId: values.role === "REP" && values.teamId ? values.teamId : null });
      await invite.mutateAsync(input);
      setSentTo(input.email);
      reset({ email: "", role: values.role, teamId: values.teamId });
      router.refresh();
    } catch (error) {
      const details = errorDetails(error);
      for (const d of details) setError(d.path as keyof TForm, { message: d.message });
      if (details.length === 0) setError("root", { message: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start" noValidate>
      <div>
        <Label htmlFor="invite-email">Email</Label>
        <Input id="invite-email" type="email" {...register("email")} aria-invalid={Boolean(errors.email)} aria-describedby="invite-email-error" />
        <FieldError id="invite-email-error" message={errors.email?.message} />
      </div>
      <div>
        <Label htmlFor="invite-role">Role</Label>
        <Select id="invite-role" {...register("role")}>
          {roles.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="invite-team">Team</Label>
        <Select id="invite-team" {...register("teamId")} disabled={role !== "REP"}>
          <option value="">No team</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>{t.name}</option>
          ))}
        </Select>
        <FieldError message={errors.teamId?.message} />
      </div>
      <div className="sm:pt-6">
        <Button type="submit" disabled={invite.isPending}>{invite.isPending ? "Sending…" : "Send invite"}</Button>
      </div>
      <div className="sm:col-span-4">
        <FieldError message={errors.root?.message} />
        {sentTo && <p role="status" className="text-sm text-emerald-700">Invite sent to {sentTo}.</p>}
      </div>
    </form>
  );
}
