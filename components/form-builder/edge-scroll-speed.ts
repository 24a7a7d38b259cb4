// How fast the page scrolls while a question, a step or a palette item is dragged with the pointer
// near the window's top or bottom edge (edge-scroll.tsx). Pure: the pointer's y, the window's
// height and the sticky toolbar's height in, pixels per second out (negative: up, 0: no scroll).
// The band is 15% of the window (64–160 px) from the bottom edge, and from the toolbar's bottom at
// the top (the pointer over the toolbar is deepest in it). The speed grows with the depth into the
// band and starts at a quarter of the top speed at its inner border: no crawl near the border.

/** Pixels per second at the window's edge. */
export const EDGE_SCROLL_MAX_SPEED = 1500;
/** The speed at the band's inner border, as a share of the top speed. */
const MIN_SHARE = 0.25;

/** The height of the band at each edge where the page scrolls, for a window `height` pixels tall. */
export function edgeBand(height: number): number {
  return Math.min(160, Math.max(64, height * 0.15));
}

const ramp = (depth: number) => EDGE_SCROLL_MAX_SPEED * (MIN_SHARE + (1 - MIN_SHARE) * Math.min(1, Math.max(0, depth)));

/** Pixels per second to scroll for a pointer at `y` (from the window's top) in a window `height` tall under a toolbar `topInset` tall. */
export function edgeScrollSpeed(y: number, height: number, topInset: number): number {
  const band = edgeBand(height);
  if (y < topInset + band) return -ramp((topInset + band - y) / band);
  if (y > height - band) return ramp((y - (height - band)) / band);
  return 0;
}
