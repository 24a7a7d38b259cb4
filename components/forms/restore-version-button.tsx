"use client";
// "Restore as draft": the version's questions, logic and scoring replace the current draft after
// a confirmation. Published versions, and the live one, stay as they are.
import { useMutation } from "@tanstack/react-query";
import { IntentLink } from "@/components/ui/intent-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";

export function RestoreVersionButton({ formId, version }: { formId: string; version: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const restore = useMutation(
    trpc.forms.restoreVersion.mutationOptions({
      onSuccess: () => {
        setMessage({ ok: true, text: `Version ${version} is now the draft.` });
        router.refresh();
      },
      onError: (e) => setMessage({ ok: false, text: errorMessage(e) }),
    }),
  );
  const onClick = () => {
    const question = `Restore version ${version} as the draft? Your current draft is replaced; published versions stay as they are and the live form does not change until you publish.`;
    if (window.confirm(question)) restore.mutate({ formId, version });
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" className="px-2.5 py-1" disabled={restore.isPending} onClick={onClick} aria-label={`Restore version ${version} as draft`}>
        {restore.isPending ? "Restoring…" : "Restore as draft"}
      </Button>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-emerald-700" : "text-red-600"}`}>
          {message.text}{" "}
          {message.ok && <IntentLink href={`/forms/${formId}/edit`} className="font-medium underline">Open the editor</IntentLink>}
        </p>
      )}
    </div>
  );
}
