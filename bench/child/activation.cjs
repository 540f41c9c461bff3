// Extension activation outside the editor: `vscode` resolves to ./fake-vscode.cjs; time the require
// of dist/extension.js and activate() with a fake context. Prints JSON on stdout.
const Module = require('node:module');
const path = require('node:path');
const { readFileSync } = require('node:fs');
const bundle = process.argv[2];
// The API's top-level names, from the type definitions (the bundle may be minified).
const typings = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const apiNames = new Set(Array.from(typings.matchAll(/^\texport (?:class|enum|namespace|const|function|let) (\w+)/gm), (m) => m[1]));
const fakeModule = new Module('vscode');
fakeModule.exports = require('./fake-vscode.cjs')(apiNames);
fakeModule.loaded = true;
const FAKE_ID = '\0fake-vscode';
require.cache[FAKE_ID] = fakeModule;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? FAKE_ID : resolveFilename.call(this, request, ...rest);
};
const memento = () => { const m = new Map(); return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => void m.set(k, v), keys: () => [...m.keys()] }; };
const context = {
  subscriptions: [],
  workspaceState: memento(),
  globalState: Object.assign(memento(), { setKeysForSync() {} }),
  extensionUri: { fsPath: path.resolve(__dirname, '../..'), toString: () => 'file:///factdesk' },
  extensionPath: path.resolve(__dirname, '../..'),
  storageUri: undefined,
  globalStorageUri: { fsPath: '/tmp' },
  asAbsolutePath: (p) => path.resolve(__dirname, '../..', p),
};
const before = new Set(Object.keys(require.cache));
const c0 = process.cpuUsage();
const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
let error = null;
try {
  extension.activate(context);
} catch (e) {
  error = String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e);
}
const t2 = performance.now();
const cpu = process.cpuUsage(c0);
const loaded = Object.keys(require.cache).filter((k) => !before.has(k) && k !== FAKE_ID);
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, totalCpuMs: (cpu.user + cpu.system) / 1000, error, subscriptions: context.subscriptions.length, modulesLoaded: loaded.map((k) => path.relative(process.cwd(), k)) }));
