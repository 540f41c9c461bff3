// The browser-only package for `npm run test:e2e -- --web`: the packaged files with `main` (and the CLI)
// removed from package.json, so VS Code can only run the `browser` entry, in its web worker extension host.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/harness/paths';

const SHIPPED = ['README.md', 'LICENSE', 'CHANGELOG.md', 'images/icon.png', 'dist/web/extension.js', 'syntaxes', 'schemas', 'docs/rules'];

/** Builds `<dir>/factdesk-web.vsix` from the current build (run `npm run build` first) and returns its path. */
export function packageWebOnly(dir: string): string {
  const stage = join(dir, 'web-package');
  mkdirSync(stage, { recursive: true });
  for (const path of SHIPPED) cpSync(join(repoRoot, path), join(stage, path), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  // Only the browser entry: no Node entry, no CLI; the stage holds exactly what ships, so no file list.
  for (const key of ['main', 'bin', 'files', 'scripts']) delete manifest[key];
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = join(dir, 'factdesk-web.vsix');
  const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: stage, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`vsce package (web only) failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}
