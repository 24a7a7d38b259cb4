// What deactivating a rep does to the leads they own (nothing: they stay with the rep), said in the
// confirmation and, once inactive, on the rep page — with where to find those leads.

const leads = (n: number) => `${n} open lead${n === 1 ? "" : "s"}`;

/** The leads list filtered to the rep as owner (the leads page's `repId` filter). */
export function repLeadsHref(repId: string): string {
  return `/leads?${new URLSearchParams({ repId }).toString()}`;
}

/** The confirmation shown before deactivating `name`, who owns `openLeads` open leads. */
export function deactivateConfirmText(name: string, openLeads: number): string {
  const base = `Deactivate ${name}? They will stop receiving new leads.`;
  if (openLeads <= 0) return base;
  return `${base}\n\nThey still own ${leads(openLeads)} (assigned, accepted or in fallback). Deactivating does not hand these on: they stay with ${name}, and their SLA clocks keep waiting for ${name}'s working hours. Reassign them from Leads, filtered to ${name} (a link is on this page).`;
}

/** The rep page's notice for an inactive rep who still owns open leads; null when there is nothing to say. */
export function inactiveOpenLeadsNotice(name: string, isActive: boolean, openLeads: number): string | null {
  if (isActive || openLeads <= 0) return null;
  return `${name} is inactive but still owns ${leads(openLeads)}. They stay with ${name} until you reassign them.`;
}

/** The line above the Deactivate button for an active rep with open leads; null without any. */
export function activeOpenLeadsLine(isActive: boolean, openLeads: number): string | null {
  if (!isActive || openLeads <= 0) return null;
  return `Owns ${leads(openLeads)}`;
}
