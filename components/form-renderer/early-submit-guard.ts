// A submission made before the page's code has arrived. The hosted form's first step is the
// server's HTML, typeable long before any of the page's JavaScript runs; Enter in a text field
// (the browser's implicit submission) or a click on Next then made the browser send the form by
// itself: a GET of the page with every answer — a work email — in the address, and the typed
// answers gone with the page. ./early-input.ts holds a submission back, but only from the
// moment the page's shell has hydrated. This inline script, rendered at the top of the form's
// root (./hosted-form.tsx), holds one back from the first parse on, marks it on the root element
// (a property, not an attribute: the server's HTML stays as React will hydrate it), and stops
// once ./early-input.ts watches the root and takes the mark over (the renderer then makes the
// submission: its Next checks the step or moves on). A few hundred bytes, no chunk.

/** What the script keeps on the root element, under `EARLY_SUBMIT_PROPERTY`. */
export interface TEarlySubmitMark {
  /** A submission was held back before early-input watched the root. */
  isHeld: boolean;
  /** early-input watches the root: the script leaves submissions to it. */
  isWatched: boolean;
}

export const EARLY_SUBMIT_PROPERTY = "sbEarlySubmit";

/** The inline script's text: its parent element is the form's root. */
export const EARLY_SUBMIT_GUARD_SCRIPT =
  `(function(){var r=document.currentScript&&document.currentScript.parentNode;if(!r)return;` +
  `var m=r.${EARLY_SUBMIT_PROPERTY}={isHeld:false,isWatched:false};` +
  `addEventListener("submit",function(e){` +
  `if(!m.isWatched&&e.target instanceof Node&&r.contains(e.target)){e.preventDefault();m.isHeld=true}},true)})()`;

/** The mark the inline script left on `root`, if it ran. */
export function earlySubmitMark(root: HTMLElement): TEarlySubmitMark | undefined {
  return (root as HTMLElement & { [EARLY_SUBMIT_PROPERTY]?: TEarlySubmitMark })[EARLY_SUBMIT_PROPERTY];
}
