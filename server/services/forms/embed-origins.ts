// The website origins allowed to use a published form from a browser (CORS) and to frame its
// hosted page (frame-ancestors). Unknown or unpublished forms allow none.
import type { Db } from "../../db/client";

export async function getEmbedOrigins(db: Db, slug: string): Promise<string[]> {
  if (!slug || slug.length > 200) return [];
  const form = await db.form.findUnique({ where: { slug }, select: { status: true, allowedOrigins: true } });
  return form?.status === "PUBLISHED" ? form.allowedOrigins : [];
}
