"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";

export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const switchWorkspace = useMutation(trpc.workspace.switch.mutationOptions({ onSuccess: () => router.refresh() }));
  if (workspaces.length < 2) return <span className="block truncate text-sm font-medium text-slate-800">{workspaces[0]?.name}</span>;
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm">
      <span className="sr-only">Workspace</span>
      <select
        className="min-w-0 max-w-full truncate rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={current}
        disabled={switchWorkspace.isPending}
        onChange={(e) => switchWorkspace.mutate({ workspaceId: e.target.value })}
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
