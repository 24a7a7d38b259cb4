// The booking API's slots answer as the end screen reads it (GET /api/v1/bookings/slots).
export interface TPanelSlot {
  start: string;
  end: string;
  label: string;
}

export interface TPanelSlots {
  status: "ready" | "pending" | "queued" | "unavailable" | "booked";
  timeZone: string;
  meetingType: { title: string; durationMinutes: number } | null;
  rep: { id: string; name: string; initials: string; title: string } | null;
  days: { date: string; slots: TPanelSlot[] }[];
  booking: { id: string; start: string; manageUrl?: string } | null;
  /** The next best rep when the owner has no time soon. */
  fallback: { rep: { id: string; name: string; initials: string; title: string }; days: { date: string; slots: TPanelSlot[] }[]; message: string } | null;
  canRequestTime: boolean;
}

/** POST /api/v1/bookings's booking (201, 200 for the same request again, 409 when already booked). */
export interface TPanelBooking {
  id: string;
  start: string;
  repName: string;
  /** The prospect's reschedule/cancel page (the token way's answers carry it). */
  manageUrl?: string;
}
