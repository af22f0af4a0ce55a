// The project's import graph (every static import, type-only ones included, resolved the way tsc
// resolves them) and the circles in it, found as strongly connected components (Tarjan).
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type ImportGraph = Map<string, string[]>;

export function projectImportGraph(root: string): ImportGraph {
  const configFile = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const generated = [`${path.sep}.next`, `${path.sep}generated${path.sep}`];
  const files = config.fileNames.filter((f) => !generated.some((g) => f.includes(g)) && !f.endsWith(".d.ts"));
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((i) => ts.resolveModuleName(i.fileName, file, config.options, ts.sys).resolvedModule)
      .filter((m) => m && !m.isExternalLibraryImport && !m.resolvedFileName.endsWith(".d.ts"))
      .map((m) => path.relative(root, m!.resolvedFileName));
    graph.set(path.relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** Every group of modules that import each other in a circle (a module importing itself included). */
export function importCircles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles;
}
