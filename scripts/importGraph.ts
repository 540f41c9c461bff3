/**
 * The import graph of the TypeScript sources under a directory (relative imports only, type-only
 * imports included: a cycle of types is still a cycle a reader has to untangle), and its cycles.
 * Used by test/unit/scripts/architecture.test.ts.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

/** Every `.ts` file under `dir`, recursively, as absolute paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  return null;
}

export function importGraph(dir: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(dir)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Cycles found by a depth-first walk, each as the files around it (relative to `root`), starting
 * at its smallest path. Not every elementary cycle is listed, but the list is empty exactly when
 * the graph has none.
 */
export function findCycles(graph: ImportGraph, root: string): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'active');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const s = state.get(next);
      if (s === 'active') {
        const cycle = stack.slice(stack.indexOf(next)).map((f) => relative(root, f));
        const at = cycle.indexOf([...cycle].sort()[0]);
        const rotated = [...cycle.slice(at), ...cycle.slice(0, at)];
        cycles.set(rotated.join(' → '), rotated);
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}
