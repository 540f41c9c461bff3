// A stand-in for the `vscode` module, enough for activate() to run outside the editor: every API
// not spelled out below is a callable, constructible Proxy that returns another such Proxy (and a
// disposable), so registrations succeed; state that activate() reads is empty (no editor, no folder).
// Bundlers copy a module's own keys into the namespace they import, so `withNames(names)` lists the
// top-level API names the bundle uses (read from it by the caller) as own keys.
function stub(name) {
  const target = function () {};
  const assigned = new Map();
  return new Proxy(target, {
    set(_t, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_t, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined; // not a thenable
      if (key === Symbol.toPrimitive) return () => `[stub ${name}]`;
      if (key === Symbol.iterator) return function* () {};
      if (key === 'dispose') return () => undefined;
      return stub(`${name}.${String(key)}`);
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return { dispose: () => undefined };
    };
  }
  fire(value) {
    for (const l of this.listeners) l(value);
  }
  dispose() {}
}

const configuration = { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => undefined };
const base = {
  EventEmitter,
  Disposable: class { constructor(f) { this.dispose = f ?? (() => undefined); } static from(...d) { return { dispose: () => d.forEach((x) => x.dispose()) }; } },
  window: new Proxy({ activeTextEditor: undefined, visibleTextEditors: [] }, { get: (t, k) => (k in t ? t[k] : stub(`window.${String(k)}`)) }),
  workspace: new Proxy(
    { textDocuments: [], workspaceFolders: undefined, isTrusted: true, getConfiguration: () => configuration },
    { get: (t, k) => (k in t ? t[k] : stub(`workspace.${String(k)}`)) },
  ),
};
module.exports = function withNames(names) {
  const api = { ...base };
  for (const name of names) if (!(name in api)) api[name] = stub(name);
  return api;
};
