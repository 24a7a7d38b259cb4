// "Step 2 of 4" and a bar; the numbers come from step-count.ts.

export function StepProgress({ current, total }: { current: number; total: number }) {
  if (total <= 1) return null;
  const percent = Math.round((current / total) * 100);
  return (
    <div className="mb-5">
      <p className="mb-1.5 text-xs font-medium uppercase tracking-wide text-slate-500" data-testid="step-progress">
        Step {current} of {total}
      </p>
      <div
        role="progressbar"
        aria-label="Form progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={`Step ${current} of ${total}`}
        className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300 motion-reduce:transition-none" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
