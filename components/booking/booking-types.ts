// The booking API's slots answer as the end screen reads it (GET /api/v1/bookings/slots).
export interface TPanelSlot {
  start: string;
  end: string;
  label: string;
}

export interface TPanelSlots {
  status: "ready" | "pending" | "unavailable" | "booked";
  timeZone: string;
  meetingType: { title: string; durationMinutes: number } | null;
  rep: { id: string; name: string; initials: string; title: string } | null;
  days: { date: string; slots: TPanelSlot[] }[];
  booking: { id: string; start: string } | null;
}
