import { describe, expect, it } from "vitest";
import type { TFormValues } from "./answer-values";
import { createValuesStore, type TValuesSource } from "./use-form-values";

/** A stand-in for react-hook-form: values changed in place, like its own, and one subscriber. */
function fakeForm(values: TFormValues) {
  let listener: (() => void) | null = null;
  const source = {
    getValues: () => ({ ...values }),
    subscribe: ({ callback }: { callback: () => void }) => {
      listener = callback;
      return () => (listener = null);
    },
  } as unknown as TValuesSource;
  return { source, values, emit: () => listener?.(), hasListener: () => listener !== null };
}

describe("createValuesStore", () => {
  const initial: TFormValues = { email: "", name: "", topics: [] };

  it("serves the initial values to hydration and keeps the same snapshot while nothing changed", () => {
    const form = fakeForm({ ...initial, topics: [] });
    const store = createValuesStore(form.source, initial);
    expect(store.getServerSnapshot()).toBe(initial);
    expect(store.getSnapshot()).toBe(initial);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it("sees a value that changed without any event (text read back from the page when the form attached)", () => {
    const form = fakeForm({ ...initial });
    const store = createValuesStore(form.source, initial);
    form.values.email = "ann@acme-light.example.com";
    const next = store.getSnapshot();
    expect(next).not.toBe(initial);
    expect(next.email).toBe("ann@acme-light.example.com");
    expect(store.getSnapshot()).toBe(next);
  });

  it("compares lists by their items", () => {
    const form = fakeForm({ ...initial, topics: ["a"] });
    const store = createValuesStore(form.source, initial);
    const first = store.getSnapshot();
    form.values.topics = ["a"];
    expect(store.getSnapshot()).toBe(first);
    form.values.topics = ["a", "b"];
    expect(store.getSnapshot()).toEqual({ ...initial, topics: ["a", "b"] });
  });

  it("subscribes to the form's value changes until unsubscribed", () => {
    const form = fakeForm({ ...initial });
    const store = createValuesStore(form.source, initial);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    form.emit();
    expect(calls).toBe(1);
    unsubscribe();
    expect(form.hasListener()).toBe(false);
  });
});
