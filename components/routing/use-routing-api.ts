"use client";
// The routing procedures through the app's tRPC client (mounted as `routing`).
import { useTRPC } from "@/components/providers/trpc";

export function useRoutingApi() {
  return useTRPC().routing;
}
