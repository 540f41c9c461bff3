/**
 * Issue 12, item 5: Factdesk in a newsroom's own repository. Packs this package as `npm pack` does,
 * installs the tarball into a fresh git repository with no registry (offline, and the registry
 * pointed at a closed port, so a hidden dependency would fail the install), runs `npx factdesk`
 * there, and installs the pre-commit hook exactly as docs/cli.md gives it: a commit with an
 * unattributed quote is stopped, a clean one goes through. Needs `npm run build` (test:unit runs it).
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built } from './runCli';

const REPO = path.resolve(__dirname, '../../..');
const TIMEOUT_MS = 180_000;
const OFFLINE_ENV = {
  ...process.env,
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'Desk',
  GIT_AUTHOR_EMAIL: 'desk@example.invalid',
  GIT_COMMITTER_NAME: 'Desk',
  GIT_COMMITTER_EMAIL: 'desk@example.invalid',
};

const UNATTRIBUTED = '# Bridge\n\n"We will not reopen the bridge before the inspection is complete and signed off."\n';
const CLEAN = '# Bridge\n\nThe council met on a rainy evening to talk about the roads.\n';

/** The hook script from docs/cli.md: the fenced block that starts with a shebang and runs factdesk. */
function documentedHook(): string {
  const docs = readFileSync(path.join(REPO, 'docs/cli.md'), 'utf8');
  const block = [...docs.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('#!/bin/sh') && b.includes('factdesk check'));
  if (!block) throw new Error('docs/cli.md has no pre-commit hook block (```sh starting with #!/bin/sh)');
  return block;
}

let work: string;
let project: string;

function run(command: string, args: string[], cwd = project): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: OFFLINE_ENV, encoding: 'utf8' });
}

beforeAll(() => {
  built('dist/cli.js');
  work = mkdtempSync(path.join(tmpdir(), 'factdesk-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: REPO, env: OFFLINE_ENV, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  project = path.join(work, 'newsroom');
  mkdirSync(path.join(project, 'drafts'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'newsroom-drafts', private: true }, null, 2));
  execFileSync('git', ['init', '-q'], { cwd: project, env: OFFLINE_ENV });
  const install = run('npm', ['install', '-D', path.join(work, packed[0].filename)]);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, TIMEOUT_MS);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package in a newsroom repository', () => {
  it('installs without a registry and adds nothing but itself', () => {
    const manifest = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(Object.keys(manifest.devDependencies)).toEqual(['factdesk']);
    const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/factdesk']);
  });

  it('runs `npx factdesk check drafts/` and prints GitHub annotations', () => {
    writeFileSync(path.join(project, 'drafts/story.md'), UNATTRIBUTED);
    const text = run('npx', ['--no-install', 'factdesk', 'check', 'drafts/']);
    expect(text.stdout).toMatch(/^drafts\/story\.md:3:1 {2}warning {2}quote-unattributed/m);
    const github = run('npx', ['--no-install', 'factdesk', 'check', 'drafts/', '--format', 'github', '--fail-on', 'warning']);
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(/^::warning file=drafts\/story\.md,line=3,col=1,endLine=3,endColumn=\d+,title=.*\(quote-unattributed\)::/m);
  });

  it('runs the desk\'s system patterns (the pattern engine ships beside the CLI)', () => {
    writeFileSync(path.join(project, '.factdesk.json'), JSON.stringify({ systemPatterns: ['Vortex-[A-Z]\\d'] }));
    writeFileSync(path.join(project, 'drafts/systems.md'), 'The Vortex-Q9 flew over the harbour.\n');
    const result = run('npx', ['--no-install', 'factdesk', 'check', 'drafts/systems.md']);
    rmSync(path.join(project, '.factdesk.json'));
    rmSync(path.join(project, 'drafts/systems.md'));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Named system "Vortex-Q9"');
  });

  it('the documented pre-commit hook stops a commit with an unattributed quote and lets a clean one through', () => {
    const hook = path.join(project, '.git/hooks/pre-commit');
    writeFileSync(hook, documentedHook());
    chmodSync(hook, 0o755);
    writeFileSync(path.join(project, '.gitignore'), 'node_modules/\n');
    run('git', ['add', '.gitignore', 'package.json', 'package-lock.json']);
    expect(run('git', ['commit', '-q', '-m', 'setup']).status).toBe(0);

    writeFileSync(path.join(project, 'drafts/story.md'), UNATTRIBUTED);
    run('git', ['add', 'drafts/story.md']);
    const stopped = run('git', ['commit', '-q', '-m', 'story']);
    expect(stopped.status).not.toBe(0);
    expect(stopped.stdout + stopped.stderr).toContain('quote-unattributed');
    expect(run('git', ['log', '--oneline']).stdout.trim().split('\n')).toHaveLength(1);

    writeFileSync(path.join(project, 'drafts/story.md'), CLEAN);
    run('git', ['add', 'drafts/story.md']);
    const passed = run('git', ['commit', '-q', '-m', 'story']);
    expect(passed.status).toBe(0);
    // Git shows a hook's output on stderr.
    expect(passed.stderr).toBe('0 claims · 0 unverified in 1 file\n');
    expect(run('git', ['log', '--oneline']).stdout.trim().split('\n')).toHaveLength(2);
  });
});
