// The leads page's URL-only filters (lead-slice-chips.ts) as removable chips at the top of the list
// (on a phone the filter menus fill the first screen: the chips sit where the leads are read), with
// "Clear all" when there are several. Plain links: works without JavaScript.
import { IntentLink } from "@/components/ui/intent-link";
import type { TLeadListParams } from "./lead-list-params";
import { sliceChips, withoutSliceHref, type TSliceNames } from "./lead-slice-chips";

export function LeadSliceFilters({ params, names }: { params: TLeadListParams; names: TSliceNames }) {
  const chips = sliceChips(params, names);
  if (chips.length === 0) return null;
  return (
    <div role="group" aria-label="Filtered by" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Filtered by:</span>
      <ul className="contents">
        {chips.map((chip) => (
          <li key={chip.keys.join("+")} className="inline-flex max-w-full items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-brand-700 ring-1 ring-brand-100">
            <span className="min-w-0 break-words">{chip.label}</span>
            <IntentLink
              href={chip.removeHref}
              aria-label={`Remove filter ${chip.label}`}
              title="Remove this filter"
              className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-base leading-none hover:bg-brand-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <span aria-hidden="true">×</span>
            </IntentLink>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <IntentLink href={withoutSliceHref(params)} className="ml-1 text-brand-600 hover:underline">
          Clear all
        </IntentLink>
      )}
    </div>
  );
}
