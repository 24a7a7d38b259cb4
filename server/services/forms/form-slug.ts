// Public form addresses (/f/<slug>): derived from the name, unique across ALL workspaces (the
// slug is the public URL), so the free-slot lookup below is the one deliberately unscoped query;
// it reads slugs only.
import type { DbTx } from "../../db/client";

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_BASE = 60;

/** "Demo Request — EMEA!" → "demo-request-emea"; "form" when nothing usable is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_BASE)
    .replace(/-+$/g, "");
  return slug || "form";
}

/** The first free slug among base, base-2, base-3 … */
export async function freeSlug(db: DbTx, base: string): Promise<string> {
  const rows = await db.form.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
