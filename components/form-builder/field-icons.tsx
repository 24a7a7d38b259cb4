// A small glyph per field type for the palette and the canvas (decorative: names carry meaning).
import type { TFieldType } from "@/server/domain/forms/definition";

const GLYPHS: Record<TFieldType, string> = {
  short_text: "Aa",
  long_text: "¶",
  email: "@",
  phone: "☎",
  url: "www",
  number: "#",
  currency: "$",
  single_choice: "◉",
  multiple_choice: "☑",
  dropdown: "▾",
  yes_no: "Y/N",
  date: "31",
  company_size: "Co",
  consent: "✓",
  statement: "ℹ",
  hidden: "⌁",
};

export function FieldIcon({ type }: { type: TFieldType }) {
  return (
    <span aria-hidden="true" className="inline-flex h-6 w-7 shrink-0 items-center justify-center rounded bg-slate-100 text-[11px] font-semibold text-slate-600">
      {GLYPHS[type]}
    </span>
  );
}
