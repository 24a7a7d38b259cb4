"use client";
// While an editor (form builder, routing) has changes that are not on the server, leaving asks
// first: closing the tab, reloading or typing an address (the browser's own "Leave site?" via beforeunload), and clicking
// a link of the app (client-side navigation fires no beforeunload, so links are checked here).
// A link marked data-discards-changes (the conflict's "reload") leaves without asking.
import { useEffect } from "react";

export const LEAVE_WARNING = "This form has changes that are not saved. Leave and lose them?";

/** The same-tab, same-origin page a click on this link would open (null for anything else). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href, window.location.href);
  const here = window.location;
  if (url.origin !== here.origin) return null; // a full page load: beforeunload asks
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return null; // an anchor on this page
  return link;
}

/** `warning`: the question an in-app link asks (the browser words its own prompt). */
export function useLeaveGuard(unsaved: boolean, warning: string = LEAVE_WARNING) {
  useEffect(() => {
    if (!unsaved) return;
    let confirmed = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (confirmed) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to show the prompt
    };
    // Capture on the document runs before React's handlers at the root (next/link's among them).
    const onClick = (event: MouseEvent) => {
      const link = leavingLink(event);
      if (!link) return;
      if (link.hasAttribute("data-discards-changes") || window.confirm(warning)) {
        confirmed = true;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [unsaved, warning]);
}
