// Formatting shared by the leads pages. Times are shown in UTC (server-rendered).
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatMoney(amount: string, currency: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
