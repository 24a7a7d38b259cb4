// Search text typed by a person goes into Prisma's contains/startsWith, which PostgreSQL runs as
// (I)LIKE '%…%' without escaping: "%" and "_" would be wildcards and "\" the escape character.
// Escaped with "\" (PostgreSQL's default LIKE escape), each matches itself.

/** The text with every "\", "%" and "_" escaped, for a Prisma contains/startsWith/endsWith filter. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
