// The places of one form: editor, preview, share, versions and its hosted page (when live).
import { IntentLink } from "@/components/ui/intent-link";

export const FORM_LINK = "font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 rounded-sm";

interface TProps {
  form: { id: string; slug: string; name: string; status: string };
  current?: "share" | "versions";
  /** Form editors "Edit"; view-only roles open the same editor read-only ("View draft"). */
  canEdit: boolean;
}

export function FormLinks({ form, current, canEdit }: TProps) {
  const links = [
    { key: "edit", href: `/forms/${form.id}/edit`, label: canEdit ? "Edit" : "View draft" },
    { key: "preview", href: `/forms/${form.id}/preview`, label: "Preview" },
    { key: "share", href: `/forms/${form.id}/share`, label: "Share" },
    { key: "versions", href: `/forms/${form.id}/versions`, label: "Versions" },
  ];
  return (
    <nav aria-label={`Links for ${form.name}`} className="flex flex-wrap gap-x-4 gap-y-1 whitespace-nowrap text-sm">
      {links.map((l) =>
        l.key === current ? (
          <span key={l.key} aria-current="page" className="font-medium text-slate-900">{l.label}</span>
        ) : (
          <IntentLink key={l.key} href={l.href} className={FORM_LINK}>{l.label}</IntentLink>
        ),
      )}
      {form.status === "PUBLISHED" ? (
        <a href={`/f/${form.slug}`} target="_blank" rel="noopener" className={FORM_LINK}>
          Open hosted page<span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="text-slate-400">Not live</span>
      )}
    </nav>
  );
}
