// Which elements make a page scroll sideways: those whose right edge is past the viewport and that
// no sideways scroller (an ancestor with overflow-x auto, scroll or hidden) contains. Named in an
// assertion's message, so a failure says what to fix rather than only "424 > 390".
import type { Page } from "@playwright/test";

export interface TPageWidth {
  scroll: number;
  viewport: number;
  /** The outermost elements sticking out: tag, classes and the start of their text. */
  culprits: string[];
}

export async function pageWidth(page: Page): Promise<TPageWidth> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const out = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > viewport + 0.5 && !clipped(el));
    const outermost = out.filter((el) => !out.some((other) => other !== el && other.contains(el)));
    return {
      scroll: document.documentElement.scrollWidth,
      viewport,
      culprits: outermost.slice(0, 8).map((el) => `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").slice(0, 80)}"> right ${Math.round(el.getBoundingClientRect().right)}: ${(el.textContent ?? "").trim().slice(0, 80)}`),
    };
  });
}
