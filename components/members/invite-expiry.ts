// When an open invite expires, in the app's unambiguous day format ("Dec 11, 2026", UTC — the
// same on the server and in every browser locale; never "11/12/2026"). Pure.
import { formatDay } from "@/components/forms/form-dates";

export function inviteExpiryText(expiresAt: Date): string {
  return `expires ${formatDay(expiresAt)}`;
}
