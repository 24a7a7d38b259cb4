"use client";
// The top bar's menu below `lg` (1024 px): a "Menu" disclosure button (aria-expanded,
// aria-controls) that shows the navigation and the account controls (its children, rendered by the
// server) as a list under the bar. Escape closes it and gives focus back to the button, as do a
// click on one of its links, a click outside the header and moving to another page. From `lg` the
// button is hidden and the panel is `display: contents`: its children lay out in the bar as they
// always have, one DOM for every width (no second copy of the links or of "current-user").
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState, type MouseEvent, type ReactNode, type RefObject } from "react";

function MenuIcon({ isOpen }: { isOpen: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round">
      {isOpen ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5.5h14M3 10h14M3 14.5h14" />}
    </svg>
  );
}

/** Escape and a press outside `root` close the menu while it is open. */
function useCloseOnEscapeOrOutside(isOpen: boolean, close: (refocus: boolean) => void, root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [isOpen, close, root]);
}

export function HeaderMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  // Open on the page it was opened on: moving to another page closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback((refocus: boolean) => {
    setOpenOn(null);
    if (refocus) button.current?.focus();
  }, []);
  useCloseOnEscapeOrOutside(isOpen, close, root);
  // A link followed from the panel closes it, even one to the page already open.
  const onPanelClick = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest("a")) close(false);
  };
  return (
    <div ref={root} className="contents">
      <button
        ref={button}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 lg:hidden"
      >
        <MenuIcon isOpen={isOpen} />
        Menu
      </button>
      <div id={panelId} data-testid="header-menu" onClick={onPanelClick} className={`${isOpen ? "flex" : "hidden"} basis-full flex-col border-t border-slate-200 lg:contents`}>
        {children}
      </div>
    </div>
  );
}
