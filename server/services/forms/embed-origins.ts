// The website origins allowed to use a published form from a browser (CORS) and to frame its
// hosted page (frame-ancestors). Unknown or unpublished forms allow none.
import type { Db } from "../../db/client";

/** The published form's allowed origins; null when the slug names no published form. */
export async function getEmbedForm(db: Db, slug: string): Promise<{ allowedOrigins: string[] } | null> {
  if (!slug || slug.length > 200) return null;
  const form = await db.form.findUnique({ where: { slug }, select: { status: true, allowedOrigins: true } });
  return form?.status === "PUBLISHED" ? { allowedOrigins: form.allowedOrigins } : null;
}

export async function getEmbedOrigins(db: Db, slug: string): Promise<string[]> {
  return (await getEmbedForm(db, slug))?.allowedOrigins ?? [];
}
