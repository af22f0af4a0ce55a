// Which functions of the mutation modules write rows without recording a history event. A function
// records when it calls appendEvent (or appendEvents), or calls (by name, across the mutation modules) a function that
// records; it writes when its own body calls a Prisma write (create, update, upsert, delete and their
// Many forms, $executeRaw) or a function that writes. A writer that never reaches a recorder breaks
// the invariant "every mutation records its history event in the same transaction".
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const PRISMA_WRITE =
  /^(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany|\$executeRaw|\$executeRawUnsafe)$/;

/** `tx.claim.update(…)` or `tx.$executeRaw…`, not `createHash(…).update(…)`. */
function isPrismaWrite(callee: ts.PropertyAccessExpression): boolean {
  const method = callee.name.text;
  if (!PRISMA_WRITE.test(method)) return false;
  return method.startsWith("$") || ts.isPropertyAccessExpression(callee.expression);
}

type Fn = { file: string; name: string; exported: boolean; calls: Set<string>; writesRows: boolean };

function functionsOf(file: string, root: string): Fn[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Fn[] = [];
  const collect = (name: string, exported: boolean, body: ts.Node) => {
    const fn: Fn = { file: path.relative(root, file), name, exported, calls: new Set(), writesRows: false };
    const walk = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (ts.isIdentifier(callee)) fn.calls.add(callee.text);
        else if (ts.isPropertyAccessExpression(callee)) {
          if (isPrismaWrite(callee)) fn.writesRows = true;
          fn.calls.add(callee.name.text);
        }
      }
      if (ts.isTaggedTemplateExpression(node) && ts.isPropertyAccessExpression(node.tag) && isPrismaWrite(node.tag))
        fn.writesRows = true;
      ts.forEachChild(node, walk);
    };
    walk(body);
    found.push(fn);
  };
  const isExported = (s: ts.Statement) =>
    ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body)
      collect(statement.name.text, isExported(statement), statement.body);
    if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations)
        if (
          ts.isIdentifier(d.name) &&
          d.initializer &&
          (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
        )
          collect(d.name.text, isExported(statement), d.initializer);
  }
  return found;
}

/** Exported writers that reach no appendEvent, as "file: function" (module-private helpers are judged
 * through the exported functions that call them). */
export function writersWithoutHistory(root: string, files: string[]): string[] {
  const fns = files.flatMap((f) => functionsOf(f, root));
  const byName = new Map<string, Fn[]>();
  for (const fn of fns) byName.set(fn.name, [...(byName.get(fn.name) ?? []), fn]);
  const reaches = (test: (fn: Fn) => boolean) => {
    const yes = new Set(fns.filter(test));
    for (let grew = true; grew;) {
      grew = false;
      for (const fn of fns)
        if (!yes.has(fn) && [...fn.calls].some((c) => (byName.get(c) ?? []).some((g) => yes.has(g)))) {
          yes.add(fn);
          grew = true;
        }
    }
    return yes;
  };
  const records = reaches((fn) => fn.calls.has("appendEvent") || fn.calls.has("appendEvents"));
  const writes = reaches((fn) => fn.writesRows);
  return fns.filter((fn) => fn.exported && writes.has(fn) && !records.has(fn)).map((fn) => `${fn.file}: ${fn.name}`);
}
