// The problems the server names when it refuses a routing write (the tRPC error's `data.details`:
// errorDetails), as the list under the refusal reads them to a manager: the editor's refused
// Save/Publish (routing-editor.tsx) and the history's refused rollback (rollbackRefusal). The
// details themselves (with their dotted paths) still go to the editor's fields (field-issues.tsx).

/** One problem the server names: where in the routing document, and what is wrong there. */
export interface TServerProblem {
  path: string;
  message: string;
}

/**
 * Each problem once, in the server's words. The analysis' messages name their path by its name
 * ("Path “EMEA”: …") or their subject ("The fallback queue's rep …"), so the dotted path
 * ("paths.3.when.ref") is left out; a message under a path that does not name it gets the path's
 * number, counted from 1 as the editor counts ("Path 1: Invalid input …").
 */
export function problemLines(problems: readonly TServerProblem[]): string[] {
  const lines = problems.map(({ path, message }) => {
    const index = /^paths\.(\d+)(\.|$)/.exec(path)?.[1];
    return index !== undefined && !/^Paths? /.test(message) ? `Path ${Number(index) + 1}: ${message}` : message;
  });
  return [...new Set(lines)];
}
