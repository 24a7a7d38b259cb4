import type { UseFormReturn } from "react-hook-form";
import type { TRepCreateFormValues, TRepCreateInput } from "@/server/domain/reps/rep-profile-input";

/** The rep form: holds create values (edit keeps the rep's userId); submits parsed input. */
export type TRepForm = UseFormReturn<TRepCreateFormValues, unknown, TRepCreateInput>;
