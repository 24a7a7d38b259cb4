// Zero import cycles in the whole tree (type-only imports included): a cycle means two modules
// that cannot be read, tested or changed apart (DESIGN.md: jobs name handlers, the registry is
// assembled at the edge in server/workers). Reads every source file's static and dynamic imports,
// resolves relative and "@/" paths (server/testing/source-tree.ts, shared with the other import
// tests), and lists each strongly connected component with more than one file — or a file that
// imports itself.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allImportSpecifiers, REPO_ROOT, resolveLocal, SKIP_SOURCE, sourceFiles } from "./source-tree";

const ROOTS = ["app", "components", "server", "prisma", "embed", "e2e", "instrumentation.ts", "proxy.ts"];

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
    const targets = new Set<string>();
    for (const specifier of allImportSpecifiers(text)) {
      const target = resolveLocal(file, specifier, { sourceOnly: true });
      if (target && !SKIP_SOURCE.test(target)) targets.add(target);
    }
    graph.set(path.normalize(file), [...targets]);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one file, or a file importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("import cycles", () => {
  it("finds a cycle when there is one (the checker itself)", () => {
    const graph = new Map([["a.ts", ["b.ts"]], ["b.ts", ["c.ts"]], ["c.ts", ["a.ts"]], ["d.ts", ["a.ts"]]]);
    expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("the source tree has none, type-only imports included", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(300);
    expect(cycles(graph)).toEqual([]);
  });
});
