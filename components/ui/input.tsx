// Form controls with the app's field style. A caller's classes win over the base ones where they
// conflict (`w-24` over `w-full`, `px-2` over `px-3`): tailwind-merge drops the overridden base
// class (plain concatenation left the winner to the stylesheet's order — `w-full` won).
// `max-w-full` always: a `w-auto` select is as wide as its longest option (a form or team name
// someone typed), and without it that pushed a phone's page sideways. In a flex row its wrapper
// needs `min-w-0` as well (a flex item is never narrower than its content otherwise).
import { forwardRef, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { twMerge } from "tailwind-merge";

const FIELD =
  "block w-full max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 aria-[invalid=true]:border-red-500";

/** The field style with the caller's classes merged in (theirs win on conflicts). */
export function fieldClasses(className: string): string {
  return twMerge(FIELD, className);
}

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input({ className = "", ...props }, ref) {
  return <input ref={ref} className={fieldClasses(className)} {...props} />;
});

export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select({ className = "", ...props }, ref) {
  return <select ref={ref} className={fieldClasses(className)} {...props} />;
});

export const Textarea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function Textarea({ className = "", ...props }, ref) {
  return <textarea ref={ref} className={fieldClasses(className)} {...props} />;
});
