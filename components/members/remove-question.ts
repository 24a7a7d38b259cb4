// What the remove-member dialog asks: how many open leads the member has and what becomes of
// them (handed on to the next best rep after the removal, server/services/assignments/owner-removed.ts).
export function removeQuestion(label: string, openLeads: number): string {
  if (openLeads === 0) return `Remove ${label} from this workspace? They have no open leads.`;
  const leads = openLeads === 1 ? "1 open lead" : `${openLeads} open leads`;
  return `Remove ${label} from this workspace? They have ${leads}: ${openLeads === 1 ? "it goes" : "each goes"} to the next best rep through the published routing and the new owner is alerted (without published routing, back to New for a manager to assign). An upcoming meeting with them is kept, for the new owner to take.`;
}
