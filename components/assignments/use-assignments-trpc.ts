"use client";
// The assignments procedures for client components. The router is mounted as `assignments` in
// the app router; this typed view works before and after it appears in AppRouter's type.
import type { TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/components/providers/trpc";
import type { assignmentsRouter } from "@/server/api/routers/assignments";
import type { router } from "@/server/api/trpc";

type TWithAssignments = ReturnType<typeof router<{ assignments: typeof assignmentsRouter }>>;

export function useAssignmentsTrpc(): TRPCOptionsProxy<TWithAssignments>["assignments"] {
  return (useTRPC() as unknown as TRPCOptionsProxy<TWithAssignments>).assignments;
}
