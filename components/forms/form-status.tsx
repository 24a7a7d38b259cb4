// A form's status badge (draft / published / archived) and when it was last published.
import { Badge } from "@/components/ui/badge";
import type { TFormStatus } from "@/server/services/forms";
import { formatDay } from "./form-dates";

const STATUS: Record<TFormStatus, { label: string; tone: "gray" | "green" | "amber" }> = {
  DRAFT: { label: "Draft", tone: "amber" },
  PUBLISHED: { label: "Published", tone: "green" },
  ARCHIVED: { label: "Archived", tone: "gray" },
};

export function FormStatusBadge({ status }: { status: TFormStatus }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function FormStatus({ status, publishedAt, version }: { status: TFormStatus; publishedAt: Date | null; version: number | null }) {
  return (
    <div className="flex flex-col items-start gap-0.5">
      <FormStatusBadge status={status} />
      <span className="text-xs text-slate-500">
        {publishedAt ? `last published ${formatDay(publishedAt)}${version ? ` (v${version})` : ""}` : "never published"}
      </span>
    </div>
  );
}
