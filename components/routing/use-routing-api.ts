"use client";
// The routing procedures through the app's tRPC client (mounted as `routing`).
import { useTRPC } from "@/components/providers/trpc";
import type { TRoutingProxy } from "./routing-editor-model";

export function useRoutingApi() {
  return (useTRPC() as unknown as TRoutingProxy).routing;
}
