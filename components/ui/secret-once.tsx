"use client";
// A secret shown once (a new API key, a webhook signing secret after creating or rotating it), with a
// copy button. The caller says what it is and how to use it; `testId` names the value for e2e specs.
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

export function SecretOnce({ secret, testId, children }: { secret: string; testId: string; children: ReactNode }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
      <div className="font-medium">{children}</div>
      <div className="mt-2 flex items-center gap-2">
        <code className="block flex-1 break-all rounded bg-white p-2 font-mono" data-testid={testId}>
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
