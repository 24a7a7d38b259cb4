"use client";
// The dashboard's navigation: daily work first, then the team and settings, quieter. The link of
// the section the page belongs to (its own page or one under it: currentNavHref over each link's
// section) carries aria-current="page" and looks current — "Settings" on every page under
// /settings, whose own navigation (SettingsNav) lists its pages. A client component for the path,
// so the mark is in the server's HTML and moves with client-side navigation. Below lg it is a list
// in the Menu (HeaderMenu); from lg one row under the bar. One link for all of the settings keeps
// that row short (an admin's eleven links): the tighter spacing and smaller type it needed at
// 1024–1279 px with fifteen links, and that a sixteenth (Currencies) still wrapped, are gone.
import { IntentLink } from "@/components/ui/intent-link";
import { usePathname } from "next/navigation";
import { currentNavHref, type TNavLink } from "./nav-items";

const LINK = "rounded-md px-2 py-2 text-sm lg:py-1.5";
/** A work link is bolder than a settings link; the current one, either kind, is tinted. */
const WORK = "font-medium";
const QUIET = { work: "text-slate-800 hover:bg-slate-100", settings: "text-slate-600 hover:bg-slate-100" };
const CURRENT = "bg-brand-50 text-brand-700";

export function MainNav({ work, settings }: { work: TNavLink[]; settings: TNavLink[] }) {
  const current = currentNavHref(usePathname(), [...work, ...settings].map((item) => item.section));
  const link = (item: TNavLink, group: keyof typeof QUIET) => {
    const isCurrent = item.section === current;
    const look = `${LINK} ${group === "work" ? WORK : ""} ${isCurrent ? CURRENT : QUIET[group]}`;
    return (
      <IntentLink key={item.section} href={item.href} aria-current={isCurrent ? "page" : undefined} className={look}>
        {item.label}
      </IntentLink>
    );
  };
  return (
    <nav aria-label="Main" className="-mx-2 flex flex-col py-2 lg:basis-full lg:flex-row lg:flex-wrap lg:items-center lg:gap-y-1 lg:pt-0">
      {work.map((item) => link(item, "work"))}
      {settings.length > 0 && <span aria-hidden="true" className="mx-2 my-1 h-px bg-slate-200 lg:my-0 lg:h-5 lg:w-px" />}
      {settings.map((item) => link(item, "settings"))}
    </nav>
  );
}
