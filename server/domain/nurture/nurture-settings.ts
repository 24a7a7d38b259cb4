// A workspace's nurture settings, one schema for the settings form, the tRPC router and the row:
// the footer's postal address, the default sequence, intent points for engagement, the daily
// send cap and quiet hours (in the lead's zone; none when start equals end).
import { z } from "zod";

export const ZNurtureSettingsInput = z.object({
  postalAddress: z.string().trim().max(300),
  defaultSequenceId: z.string().min(1).nullable(),
  clickPoints: z.number().int().min(0).max(100),
  returnVisitPoints: z.number().int().min(0).max(100),
  dailySendCap: z.number().int().min(0).max(1_000_000),
  quietStartHour: z.number().int().min(0).max(23),
  quietEndHour: z.number().int().min(0).max(23),
});
export type TNurtureSettings = z.output<typeof ZNurtureSettingsInput>;

export const DEFAULT_NURTURE_SETTINGS: TNurtureSettings = { postalAddress: "", defaultSequenceId: null, clickPoints: 10, returnVisitPoints: 15, dailySendCap: 500, quietStartHour: 20, quietEndHour: 8 };

