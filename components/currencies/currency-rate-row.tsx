"use client";
// One exchange rate of Settings → Currencies: "1 EUR = 1.08 USD", edited in place or removed; when
// and by whom it was set, the time as every dashboard time (<LocalTime>: the viewer's zone).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { LocalTime } from "@/components/leads/local-time";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/components/members/trpc-error";
import type { TRateRow } from "@/server/domain/money/currency-settings";

export function CurrencyRateRow({ row, routingCurrency }: { row: TRateRow; routingCurrency: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [rate, setRateText] = useState(String(row.rate));
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.currencies.setRate.mutationOptions({ onSuccess: () => router.refresh() }));
  const remove = useMutation(trpc.currencies.removeRate.mutationOptions({ onSuccess: () => router.refresh() }));
  const id = `rate-${row.currency}`;

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const value = Number(rate);
    if (rate.trim() === "" || !Number.isFinite(value)) return setError("rate: Enter a number, e.g. 1.08");
    try {
      await save.mutateAsync({ currency: row.currency, rate: value });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function onRemove() {
    setError(null);
    try {
      await remove.mutateAsync({ currency: row.currency });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <li className="py-2">
      <form onSubmit={onSave} className="flex flex-wrap items-center gap-3" aria-label={`Rate for ${row.currency}`}>
        <label htmlFor={id} className="text-sm">1 {row.currency} =</label>
        <Input id={id} value={rate} onChange={(e) => setRateText(e.target.value)} inputMode="decimal" className="w-32" aria-describedby={`${id}-error`} />
        <span className="text-sm">{routingCurrency}</span>
        <Button type="submit" variant="secondary" disabled={save.isPending}>Save</Button>
        <Button variant="ghost" onClick={onRemove} disabled={remove.isPending}>Remove {row.currency}</Button>
        <span className="text-xs text-gray-500" data-testid="rate-set">
          set <LocalTime date={row.updatedAt} />
          {row.updatedByName ? ` by ${row.updatedByName}` : ""}
        </span>
      </form>
      <FieldError id={`${id}-error`} message={error} />
    </li>
  );
}
