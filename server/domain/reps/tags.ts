// Tag lists (skills, industries, languages, regions): trimmed, blank entries dropped, duplicates
// removed case-insensitively keeping the first spelling. A form may send "a, b, c".
import { z } from "zod";

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 60;

export function normalizeTags(input: string | readonly string[]): string[] {
  const parts = typeof input === "string" ? input.split(",") : input;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of parts) {
    const tag = part.trim().replace(/\s+/g, " ");
    const key = tag.toLocaleLowerCase("en");
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** A tag list from an array or a comma-separated string; always an array after parsing. */
export const ZTagList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => normalizeTags(value))
  .pipe(
    z
      .array(z.string().max(MAX_TAG_LENGTH, `Each entry must be at most ${MAX_TAG_LENGTH} characters`))
      .max(MAX_TAGS, `At most ${MAX_TAGS} entries`),
  );

export function formatTags(tags: readonly string[]): string {
  return tags.join(", ");
}
