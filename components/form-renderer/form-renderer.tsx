"use client";
// The prospect-facing form: one step at a time, logic applied live (visible fields, jumps, early
// end), react-hook-form validated per step by the domain's validateStep (no zod: the server checks
// everything again). Used by the hosted page, the dashboard preview and the embed. Renders on the
// server: no window access here. The step checks are a lazy chunk (./step-checks.ts): the first
// step renders and hydrates without them. On the hosted page the renderer itself hydrates on the
// prospect's first interaction (./hosted-form.tsx): the first step is server-rendered with its
// prefilled values, and what was typed or chosen before it took over is taken over on mount.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
// The public form page: plain button classes (no tailwind-merge in its bundle).
import { buttonClasses } from "@/components/ui/button-classes";
import type { TAnswers, TFormDefinition } from "@/server/domain/forms/definition";
import { pickAnswers, toAnswers, toFormValues, withEmptyKeys, type TFormValues } from "./answer-values";
import type { TEarlyInputRecord } from "./early-input";
import { FieldControl } from "./field-control";
import { firstErrorLocation, historyBefore } from "./field-errors";
import { stepPosition, stepsAfter } from "./step-count";
import { StepProgress } from "./step-progress";
import { useFormLogic } from "./use-form-logic";
import { useFormValues } from "./use-form-values";

export interface TRendererSubmission {
  /** Active answers only (questions hidden by logic are dropped), hidden values included. */
  answers: TAnswers;
  /** The outcome of an end_form rule, or null when the form was completed. */
  endOutcomeId: string | null;
}

/** What a submit handler reports back: server-side field errors and/or a message for the whole form. */
export interface TSubmitFeedback {
  fieldErrors?: Record<string, string>;
  formError?: string | null;
}

export interface TFormPosition {
  stepId: string;
  history: string[];
}

export interface TFormRendererProps {
  definition: TFormDefinition;
  /** "preview": the editor's live preview (never sends anything; the last button says so). */
  mode?: "live" | "preview";
  initialAnswers?: TAnswers;
  /** Resume at this step (ignored when the form has no such step), with the way back. */
  initialPosition?: TFormPosition | null;
  /** Values of hidden fields (UTM parameters …): part of the answers, never rendered. */
  hiddenValues?: TAnswers;
  onSubmit?: (submission: TRendererSubmission) => Promise<TSubmitFeedback | void> | TSubmitFeedback | void;
  /** Every change: all current answers (typed, hidden values included) and where the prospect is. */
  onAnswersChange?: (answers: TAnswers, position: TFormPosition) => void;
  /** Rendered inside the <form> (the hosted page's honeypot). */
  children?: ReactNode;
  /** The hosted page's input from before the renderer hydrated (./early-input.ts), taken once on mount. */
  takeOverEarlyInput?: () => TEarlyInputRecord | null;
}

const EMPTY: TAnswers = {};
const subscribeNever = () => () => {};

let stepChecks: Promise<typeof import("./step-checks") | null> | null = null;

/** The step checks' chunk, fetched once (again after a failed fetch). */
function loadStepChecks(): Promise<typeof import("./step-checks") | null> {
  stepChecks ??= import("./step-checks").catch(() => (stepChecks = null));
  return stepChecks;
}

export function FormRenderer({ definition, mode = "live", initialAnswers = EMPTY, initialPosition, hiddenValues = EMPTY, onSubmit, onAnswersChange, children, takeOverEarlyInput }: TFormRendererProps) {
  const idBase = useId();
  const firstStepId = definition.steps[0]!.id;
  const isKnownStep = (id: string | undefined) => !!id && definition.steps.some((s) => s.id === id);
  const [stepId, setStepId] = useState(() => (isKnownStep(initialPosition?.stepId) ? initialPosition!.stepId : firstStepId));
  const [history, setHistory] = useState<string[]>(() => (isKnownStep(initialPosition?.stepId) ? initialPosition!.history.filter(isKnownStep) : []));
  const [formError, setFormError] = useState<string | null>(null);
  const headingRef = useRef<HTMLDivElement>(null);
  const hasNavigated = useRef(false);
  const pendingFocus = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const hasPendingSubmit = useRef(false);
  // The server's render (and hydrating it) writes the initial values into the inputs:
  // react-hook-form sets them only once it is attached, and then owns them.
  const isServerRender = useSyncExternalStore(subscribeNever, () => false, () => true);

  const { logic, loadLogic } = useFormLogic(definition);
  const { nextStep, visibleFieldKeys } = logic;

  // Field keys are flat (a-z, 0-9, _), so the errors need no nesting. Without the checks' chunk
  // (offline) the step passes: the server checks every answer on submission and points back here.
  const resolver: Resolver<TFormValues> = async (values) => {
    const [{ visibleFieldKeys: visibleNow }, checks] = await Promise.all([loadLogic(), loadStepChecks()]);
    const typed = toAnswers(definition, values, hiddenValues);
    const check = checks?.checkStep(definition, stepId, withEmptyKeys(definition, typed), visibleNow(definition, typed));
    if (!check || check.ok) return { values, errors: {} };
    const errors: FieldErrors<TFormValues> = {};
    for (const [key, message] of Object.entries(check.errors)) errors[key] = { type: "custom", message };
    return { values: {}, errors };
  };
  const [defaultValues] = useState(() => toFormValues(definition, initialAnswers));
  const form = useForm<TFormValues>({ defaultValues, resolver, reValidateMode: "onChange" });
  // Not useWatch: it misses the text react-hook-form reads back from inputs typed in before it
  // attached (./use-form-values.ts), and the logic would run on the defaults until the next key.
  const values = useFormValues(form, defaultValues);
  const answers = useMemo(() => toAnswers(definition, values, hiddenValues), [definition, values, hiddenValues]);
  const visible = useMemo(() => visibleFieldKeys(definition, answers), [visibleFieldKeys, definition, answers]);
  const next = useMemo(() => nextStep(definition, stepId, answers), [nextStep, definition, stepId, answers]);
  const step = definition.steps.find((s) => s.id === stepId) ?? definition.steps[0]!;
  const ahead = useMemo(() => stepsAfter((from) => nextStep(definition, from, answers), stepId), [nextStep, definition, stepId, answers]);
  const { current, total } = stepPosition(history.length, ahead);
  const { errors, isSubmitting } = form.formState;

  // Taking over. Text, selects and checkboxes typed before the renderer was attached are in the
  // inputs, and react-hook-form reads them into its values as it attaches (useFormValues renders
  // them); unedited radios it resets to their defaults, so the radios chosen before come from the
  // record and are set again.
  useLayoutEffect(() => {
    const early = takeOverEarlyInput?.();
    if (!early) return;
    for (const [key, value] of early.radios) {
      if (key in defaultValues) form.setValue(key, value, { shouldDirty: true });
    }
    hasPendingSubmit.current = early.hasPendingSubmit;
    // Mount only: what happened before hydration is taken over once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A submission held back before the renderer was there (Enter, Next) is made now.
  useEffect(() => {
    if (!hasPendingSubmit.current) return;
    hasPendingSubmit.current = false;
    formRef.current?.requestSubmit();
  }, []);

  useEffect(() => {
    onAnswersChange?.(answers, { stepId, history });
  }, [answers, stepId, history, onAnswersChange]);

  // After moving to another step: focus the field a server error points at, or the step heading.
  useEffect(() => {
    if (pendingFocus.current) {
      form.setFocus(pendingFocus.current);
      pendingFocus.current = null;
    } else if (hasNavigated.current) {
      headingRef.current?.focus();
    }
  }, [stepId, form]);

  function goTo(target: string, way: string[]) {
    hasNavigated.current = true;
    setFormError(null);
    setHistory(way);
    setStepId(target);
  }

  async function finish(endOutcomeId: string | null) {
    const { activeFieldKeys, stepPath } = await loadLogic();
    const latest = toAnswers(definition, form.getValues(), hiddenValues);
    const submission = { answers: pickAnswers(latest, activeFieldKeys(definition, latest)), endOutcomeId };
    const feedback = (await onSubmit?.(submission)) ?? undefined;
    setFormError(feedback?.formError ?? null);
    const fieldErrors = feedback?.fieldErrors ?? {};
    const first = firstErrorLocation(definition, fieldErrors);
    for (const [key, message] of Object.entries(fieldErrors)) form.setError(key, { type: "server", message });
    if (!first) return;
    if (first.stepId === stepId) {
      form.setFocus(first.fieldKey);
    } else {
      pendingFocus.current = first.fieldKey;
      goTo(first.stepId, historyBefore(stepPath(definition, latest).stepIds, first.stepId));
      setFormError(feedback?.formError ?? null);
    }
  }

  async function handleValidStep() {
    setFormError(null);
    const { nextStep } = await loadLogic();
    const latest = toAnswers(definition, form.getValues(), hiddenValues);
    const target = nextStep(definition, stepId, latest);
    if (target.type === "step") goTo(target.stepId, [...history, stepId]);
    else await finish(target.outcomeId);
  }

  function handleNext(event: FormEvent<HTMLFormElement>) {
    return form.handleSubmit(handleValidStep)(event);
  }

  function handleBack() {
    const previous = history.at(-1);
    if (previous) goTo(previous, history.slice(0, -1));
  }

  const isLast = next.type === "end";
  const finalLabel = mode === "preview" ? "Finish preview" : (definition.submitLabel ?? "Submit");
  const stepFields = step.fields.filter((f) => f.type !== "hidden" && visible.has(f.key));

  return (
    <form ref={formRef} noValidate onSubmit={handleNext} onFocus={() => void loadStepChecks()} className="space-y-6" data-mode={mode}>
      <div ref={headingRef} tabIndex={-1} className="focus:outline-none">
        <StepProgress current={current} total={total} />
        {step.title ? <h2 className="text-lg font-semibold text-slate-900">{step.title}</h2> : <h2 className="sr-only">Step {current} of {total}</h2>}
        {step.description && <p className="mt-1 text-sm text-slate-600">{step.description}</p>}
      </div>
      <div className="space-y-5">
        {stepFields.map((field) => (
          <FieldControl key={field.key} field={field} id={`${idBase}-${field.key}`} register={form.register} error={errors[field.key]?.message} initialValue={isServerRender ? values[field.key] : undefined} />
        ))}
      </div>
      {children}
      {formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      )}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
        {history.length > 0 ? (
          <button type="button" onClick={handleBack} disabled={isSubmitting} className={buttonClasses("secondary", "", "lg")}>
            Back
          </button>
        ) : (
          <span className="hidden sm:block" />
        )}
        <button type="submit" disabled={isSubmitting} className={buttonClasses("primary", "sm:min-w-32", "lg")}>
          {isSubmitting && isLast ? "Sending…" : isLast ? finalLabel : "Next"}
        </button>
      </div>
    </form>
  );
}
