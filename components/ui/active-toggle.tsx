"use client";
// Deactivate / reactivate with a confirmation, a pending state and the server's error shown.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage } from "@/components/members/trpc-error";
import { Button } from "./button";

interface TActiveToggleProps {
  isActive: boolean;
  labels: { deactivate: string; reactivate: string; confirm: string };
  deactivate: () => Promise<unknown>;
  reactivate: () => Promise<unknown>;
  /** Why reactivating is impossible, when it is (shown instead of enabling the button). */
  cannotReactivate?: string | null;
}

export function ActiveToggle({ isActive, labels, deactivate, reactivate, cannotReactivate }: TActiveToggleProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  async function run(action: () => Promise<unknown>) {
    setError(null);
    setPending(true);
    try {
      await action();
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      {isActive ? (
        <Button variant="secondary" disabled={isPending} onClick={() => window.confirm(labels.confirm) && void run(deactivate)}>
          {labels.deactivate}
        </Button>
      ) : (
        <Button variant="secondary" disabled={isPending || Boolean(cannotReactivate)} onClick={() => void run(reactivate)}>
          {labels.reactivate}
        </Button>
      )}
      {!isActive && cannotReactivate && <p className="text-xs text-slate-500">{cannotReactivate}</p>}
      {error && <p role="alert" className="text-sm text-red-600">{error}</p>}
    </div>
  );
}
