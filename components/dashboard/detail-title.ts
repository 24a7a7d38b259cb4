// A detail page's title names its item ("Ada Keyboard · Lead"), read by the page's own loader —
// wrapped in React's `cache`, so the title and the page share one read per request. The plain
// kind ("Lead") when the viewer may not read the item: the page itself is then the 404.
import type { Metadata } from "next";
import { AppError } from "@/server/errors";

export async function detailTitle(kind: string, readName: () => Promise<string | null | undefined>): Promise<Metadata> {
  try {
    const name = await readName();
    return { title: name ? `${name} · ${kind}` : kind };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { title: kind };
    throw error;
  }
}
