/** "1 member", "3 members": a count with its noun in the right number (plural: singular + "s" unless given). */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
