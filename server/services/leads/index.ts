// The leads service: the inbox list with filters, and one lead with labels for the lead page.
export { listLeads, listLeadFilterOptions, leadVisibility, ZListLeadsInput, LEAD_SORTS, LEAD_STATUSES, MAX_PAGE_SIZE } from "./list-leads";
export type { TLeadStatus, TLeadViewer, TListLeadsInput, TLeadList, TLeadListItem, TLeadFilterOptions } from "./list-leads";
export { getLead } from "./get-lead";
export type { TLeadDetail, TLeadEventView } from "./get-lead";
export type { TLabelledAnswer, TDimensionScore } from "./lead-labels";
export { listLeadFeed } from "./lead-feed";
export type { TLeadFeedItem, TLeadFeedPage } from "./lead-feed";
export { leadsCsv, leadsCsvFileName, LEAD_CSV_COLUMNS } from "./export-leads-csv";
