// The renderer's live view of react-hook-form's values (what the form logic and the answers are
// computed from), read through useSyncExternalStore instead of useWatch. The difference matters on
// the hosted page, which hydrates on the prospect's first interaction (./hosted-form.tsx): text
// typed before then is in the inputs, and react-hook-form reads it into its values when it
// attaches to them — silently, after the render that hydrated the step and before anyone has
// subscribed. useWatch keeps the values it saw in that render (the defaults) until the next
// change event, so a work email typed before hydration left the logic on an empty email
// (Company never appeared) until the prospect typed again. useSyncExternalStore checks the
// snapshot once it has subscribed and renders again when it moved, whatever moved it.
import { useState, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { TFormValues } from "./answer-values";

/** The part of react-hook-form's form the store reads (its public getValues and subscribe). */
export type TValuesSource = Pick<UseFormReturn<TFormValues>, "getValues" | "subscribe">;

export interface TValuesStore {
  subscribe(onChange: () => void): () => void;
  /** The current values; the same object as long as no value changed (useSyncExternalStore's rule). */
  getSnapshot(): TFormValues;
  /** The values the server rendered (and hydration must see): the form's initial values. */
  getServerSnapshot(): TFormValues;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

function sameValues(a: TFormValues, b: TFormValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
}

export function createValuesStore(source: TValuesSource, initial: TFormValues): TValuesStore {
  let snapshot = initial;
  return {
    subscribe: (onChange) => source.subscribe({ formState: { values: true }, callback: onChange }),
    getSnapshot() {
      const current = source.getValues();
      if (!sameValues(current, snapshot)) snapshot = { ...current };
      return snapshot;
    },
    getServerSnapshot: () => initial,
  };
}

/** react-hook-form's current values, re-rendering on every change (also one made before subscribing). */
export function useFormValues(form: TValuesSource, initial: TFormValues): TFormValues {
  // One store for the form's life (the form and its initial values are the renderer's first ones).
  const [store] = useState(() => createValuesStore(form, initial));
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}
