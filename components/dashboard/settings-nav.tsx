"use client";
// The workspace settings' own navigation, on every page under /settings (the settings layout): the
// settings pages this role may open (settingsItemsFor), the current one with aria-current="page"
// and a tint. From lg a vertical list beside the page, staying in view as a long page scrolls;
// below lg the same links as a short run of chips above the page, wrapping onto a second line
// rather than scrolling sideways, so every page is in sight (Currencies was hard to find). A client
// component for the path, as MainNav, so the mark moves with client-side navigation.
import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { currentNavHref } from "./nav-items";

interface TSettingsLink {
  href: string;
  label: string;
}

const LINK = "block rounded-full px-3 py-1.5 text-sm ring-1 lg:rounded-md lg:py-2 lg:ring-0";
const QUIET = "bg-white text-slate-700 ring-slate-200 hover:bg-slate-100";
const CURRENT = "bg-brand-50 font-medium text-brand-700 ring-brand-200";

export function SettingsNav({ items }: { items: TSettingsLink[] }) {
  const current = currentNavHref(usePathname(), items.map((item) => item.href));
  const titleId = useId();
  return (
    <nav aria-labelledby={titleId} className="mb-6 lg:sticky lg:top-4 lg:mb-0 lg:self-start">
      <p id={titleId} className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 lg:px-3">Settings</p>
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-0.5">
        {items.map((item) => {
          const isCurrent = item.href === current;
          return (
            <li key={item.href}>
              <IntentLink href={item.href} aria-current={isCurrent ? "page" : undefined} className={`${LINK} ${isCurrent ? CURRENT : QUIET}`}>
                {item.label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
