"use client";
// Publish: saves the draft first, then asks the server to publish it. Problems come back as a list
// (error details); clicking one selects the question or step at fault. Success links the hosted page.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorDetails, errorMessage, type TFieldDetail } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { problemTarget } from "./builder-model";
import { useFormEditor } from "./use-form-editor";

type TProblem = TFieldDetail & { fieldKey?: string; stepId?: string };

export function PublishButton({ formId, slug, flush, onPublished }: { formId: string; slug: string; flush: () => Promise<boolean>; onPublished: () => void }) {
  const trpc = useTRPC();
  const editor = useFormEditor();
  const [problems, setProblems] = useState<TProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const publish = useMutation(trpc.forms.publish.mutationOptions());
  const [busy, setBusy] = useState(false);

  async function onPublish() {
    setBusy(true);
    setError(null);
    setProblems([]);
    setVersion(null);
    // What is published: the state as it is now, which flush saves as the draft.
    const publishing = editor.state;
    try {
      if (!(await flush())) return setError("Save the draft first (see the save status).");
      const result = await publish.mutateAsync({ formId });
      setVersion(result.version);
      editor.markPublished(result.version, publishing);
      onPublished();
    } catch (e) {
      setError(errorMessage(e));
      setProblems(errorDetails(e) as TProblem[]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="relative">
      {/* A little shorter on a phone: the toolbar's one row stays a strip (editor-toolbar.tsx). */}
      <Button className="max-sm:py-1.5" onClick={() => void onPublish()} disabled={busy || editor.readOnly}>{busy ? "Publishing…" : "Publish"}</Button>
      {(version !== null || error) && (
        <div className="absolute right-0 z-20 mt-2 w-96 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
          {version !== null && (
            <p role="status" className="text-emerald-800">
              Published version {version}.{" "}
              <a href={`/f/${slug}`} target="_blank" rel="noreferrer" className="font-medium text-brand-700 underline">Open /f/{slug}</a>
            </p>
          )}
          {error && (
            <div role="alert" className="text-red-800">
              <p className="font-medium">{error}</p>
              {problems.length > 0 && (
                <ul aria-label="Problems to fix before publishing" className="mt-2 space-y-1">
                  {problems.map((p, i) => {
                    const target = problemTarget(editor.state.definition, p);
                    return (
                      <li key={`${p.path}-${i}`}>
                        {target ? (
                          <button type="button" className="text-left underline decoration-dotted hover:text-red-950" onClick={() => editor.select(target)}>{p.message}</button>
                        ) : (
                          p.message
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          )}
          <button type="button" className="mt-2 text-xs text-slate-500 underline" onClick={() => { setVersion(null); setError(null); }}>Close</button>
        </div>
      )}
    </div>
  );
}
