"use client";
// Settings → Currencies: the routing currency, the exchange rates into it ("1 EUR = 1.08 USD":
// add, edit, remove) and the currencies the workspace's forms and leads use, each without a rate
// flagged. Admins only (the page and the router check the role).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage } from "@/components/members/trpc-error";
import type { TCurrencySettings } from "@/server/services/currencies/currency-settings";
import { CurrencyRateRow } from "./currency-rate-row";

export function CurrencySettingsManager({ settings }: { settings: TCurrencySettings }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { routingCurrency } = settings;
  const [currency, setCurrency] = useState(routingCurrency);
  const [currencyError, setCurrencyError] = useState<string | null>(null);
  const [newCode, setNewCode] = useState("");
  const [newRate, setNewRate] = useState("");
  const [rateError, setRateError] = useState<string | null>(null);
  const setRouting = useMutation(trpc.currencies.setRoutingCurrency.mutationOptions({ onSuccess: () => router.refresh() }));
  const setRate = useMutation(trpc.currencies.setRate.mutationOptions({ onSuccess: () => router.refresh() }));

  async function onRoutingCurrency(event: FormEvent) {
    event.preventDefault();
    setCurrencyError(null);
    if (currency.trim().toUpperCase() === routingCurrency) return;
    if (settings.rates.length > 0 && !window.confirm(`Changing the routing currency removes the ${settings.rates.length} exchange rate(s), which are in ${routingCurrency}, and converts existing leads again: until you add rates into the new currency, leads in other currencies are routed without value. Continue?`)) return;
    try {
      await setRouting.mutateAsync({ currency });
    } catch (e) {
      setCurrencyError(errorMessage(e));
    }
  }

  async function onAddRate(event: FormEvent) {
    event.preventDefault();
    setRateError(null);
    const rate = Number(newRate);
    if (newRate.trim() === "" || !Number.isFinite(rate)) return setRateError("rate: Enter a number, e.g. 1.08");
    try {
      await setRate.mutateAsync({ currency: newCode, rate });
      setNewCode("");
      setNewRate("");
    } catch (e) {
      setRateError(errorMessage(e));
    }
  }

  return (
    <div className="space-y-8">
      <form onSubmit={onRoutingCurrency} className="flex flex-wrap items-end gap-3" aria-label="Routing currency">
        <div>
          <Label htmlFor="routing-currency">Routing currency</Label>
          <Input id="routing-currency" value={currency} onChange={(e) => setCurrency(e.target.value)} maxLength={3} className="w-24 uppercase" aria-describedby="routing-currency-error" />
        </div>
        <Button type="submit" variant="secondary" disabled={setRouting.isPending}>Save currency</Button>
        <div className="w-full"><FieldError id="routing-currency-error" message={currencyError} /></div>
      </form>

      <section aria-labelledby="rates-heading" className="space-y-3">
        <h2 id="rates-heading" className="text-base font-semibold">Exchange rates into {routingCurrency}</h2>
        {settings.rates.length === 0 ? (
          <p className="text-sm text-gray-600">No rates yet: only {routingCurrency} leads are routed with their value.</p>
        ) : (
          <ul className="divide-y divide-gray-200">
            {settings.rates.map((r) => (
              <CurrencyRateRow key={r.currency} row={r} routingCurrency={routingCurrency} />
            ))}
          </ul>
        )}
        <form onSubmit={onAddRate} className="flex flex-wrap items-end gap-3" aria-label="Add a rate">
          <div>
            <Label htmlFor="rate-currency">Currency</Label>
            <Input id="rate-currency" value={newCode} onChange={(e) => setNewCode(e.target.value)} maxLength={3} placeholder="EUR" className="w-24 uppercase" />
          </div>
          <div>
            <Label htmlFor="rate-value">1 unit = ? {routingCurrency}</Label>
            <Input id="rate-value" value={newRate} onChange={(e) => setNewRate(e.target.value)} inputMode="decimal" placeholder="1.08" className="w-32" aria-describedby="rate-error" />
          </div>
          <Button type="submit" disabled={setRate.isPending}>Add rate</Button>
          <div className="w-full"><FieldError id="rate-error" message={rateError} /></div>
        </form>
      </section>

      <section aria-labelledby="in-use-heading" className="space-y-3">
        <h2 id="in-use-heading" className="text-base font-semibold">Currencies in use</h2>
        {settings.inUse.length === 0 ? (
          <p className="text-sm text-gray-600">No form or lead has a value yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {settings.inUse.map((c) => (
              <li key={c.currency} className={c.isRouted ? "" : "text-amber-800"}>
                <span className="font-medium">{c.currency}</span>: {c.forms} published form{c.forms === 1 ? "" : "s"}, {c.leads} lead{c.leads === 1 ? "" : "s"} with a value
                {c.currency === routingCurrency ? " — the routing currency" : c.isRouted ? " — converted with its rate" : ` — ${c.warning}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
