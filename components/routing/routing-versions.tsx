"use client";
// The routing history's list of published versions (who, when, note, rollback), readable at any
// width: below `sm` (a phone) each version is a stacked card — version and rollback on one line,
// then when and by whom, then the note, wrapped; from `sm` up it is a table with spaced columns.
// Only one of the two is displayed (the other is `display: none`, so it is hidden from screen
// readers too). Publish times are in the viewer's zone (<LocalTime>).
import { LocalTime } from "@/components/leads/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableScroll } from "@/components/ui/table-scroll";

export interface TRoutingVersionRow {
  version: number;
  createdAt: Date | string;
  createdByName: string | null;
  note: string | null;
  isCurrent: boolean;
}

interface TProps {
  list: readonly TRoutingVersionRow[];
  isRollingBack: boolean;
  onRollback: (version: number) => void;
}

function RollbackButton({ version, disabled, onRollback }: { version: number; disabled: boolean; onRollback: (version: number) => void }) {
  return (
    <Button variant="secondary" aria-label={`Roll back to version ${version}`} disabled={disabled} onClick={() => onRollback(version)}>
      Roll back
    </Button>
  );
}

const dash = <span className="text-slate-400">—</span>;

export function RoutingVersions({ list, isRollingBack, onRollback }: TProps) {
  return (
    <>
      <ol className="divide-y divide-slate-100 sm:hidden" aria-label="Routing versions">
        {list.map((v) => (
          <li key={v.version} className="space-y-1 py-3 first:pt-0 last:pb-0">
            <div className="flex min-h-9 items-center justify-between gap-3">
              <p className="flex items-center gap-2 font-medium text-slate-900">
                Version {v.version} {v.isCurrent && <Badge tone="green">live</Badge>}
              </p>
              {!v.isCurrent && <RollbackButton version={v.version} disabled={isRollingBack} onRollback={onRollback} />}
            </div>
            <p className="text-sm text-slate-600">
              <LocalTime date={v.createdAt} />
              {v.createdByName && <> · {v.createdByName}</>}
            </p>
            {v.note && <p className="break-words text-sm text-slate-800">{v.note}</p>}
          </li>
        ))}
      </ol>
      <TableScroll className="hidden sm:block">
        <table className="w-full text-left text-sm" aria-label="Routing versions">
          <thead className="text-slate-500">
            <tr className="[&>th]:px-3 [&>th]:pb-2 [&>th:first-child]:pl-0 [&>th:last-child]:pr-0">
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
              <th scope="col"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.map((v) => (
              <tr key={v.version} className="align-middle [&>td]:px-3 [&>td]:py-2 [&>td:first-child]:pl-0 [&>td:last-child]:pr-0">
                <td className="whitespace-nowrap">v{v.version} {v.isCurrent && <Badge tone="green">live</Badge>}</td>
                <td className="whitespace-nowrap"><LocalTime date={v.createdAt} /></td>
                <td className="whitespace-nowrap">{v.createdByName ?? dash}</td>
                <td className="min-w-48 break-words">{v.note || dash}</td>
                <td className="text-right">
                  {!v.isCurrent && <RollbackButton version={v.version} disabled={isRollingBack} onRollback={onRollback} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
