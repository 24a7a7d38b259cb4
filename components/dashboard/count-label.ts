/** A count as the dashboard writes it: thousands separated ("2,080"), as Analytics writes its figures. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** "1 member", "3 members", "2,080 leads": a count with its noun in the right number (plural: singular + "s" unless given). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
