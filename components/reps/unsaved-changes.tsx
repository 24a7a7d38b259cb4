"use client";
// Whether the rep form on this page holds edits that are not saved yet. The form reports it; the
// status actions (Deactivate / Reactivate) read it, so a status change never passes for a save:
// they say the edits stay unsaved and ask first. Without a provider (the new-rep page) nothing is shared.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

interface TUnsavedChanges {
  hasUnsavedChanges: boolean;
  setHasUnsavedChanges: (value: boolean) => void;
}

const UnsavedChangesContext = createContext<TUnsavedChanges | null>(null);

export function RepUnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [hasUnsavedChanges, setHasUnsavedChanges] = useState(false);
  const value = useMemo(() => ({ hasUnsavedChanges, setHasUnsavedChanges }), [hasUnsavedChanges]);
  return <UnsavedChangesContext.Provider value={value}>{children}</UnsavedChangesContext.Provider>;
}

/** The form tells the page whether it is dirty (and that it is not once it goes away). */
export function useReportUnsavedChanges(isDirty: boolean): void {
  const setHasUnsavedChanges = useContext(UnsavedChangesContext)?.setHasUnsavedChanges;
  useEffect(() => {
    setHasUnsavedChanges?.(isDirty);
  }, [isDirty, setHasUnsavedChanges]);
  useEffect(() => () => setHasUnsavedChanges?.(false), [setHasUnsavedChanges]);
}

/** True while the page's rep form holds unsaved edits. */
export function useHasUnsavedChanges(): boolean {
  return useContext(UnsavedChangesContext)?.hasUnsavedChanges ?? false;
}
