// Bundles the three faces with esbuild. chrono-node is bundled in, so the packaged extension and the
// CLI need no node_modules at run time; compromise is only a development-time source for
// scripts/generate-lexicon.mjs and is never bundled.
import { build } from 'esbuild';
import { resolve as resolvePath } from 'node:path';

// re2js (the engine for user system patterns, 330 KB) is its own file next to the bundles, required
// on the first user pattern: parsing it made every engine load 5 ms slower, for desks with no pattern.
const re2jsBesideBundle = {
  name: 're2js-beside-bundle',
  setup(b) {
    b.onResolve({ filter: /^re2js$/ }, () => ({ path: './re2js.js', external: true }));
  },
};

// jsonc-parser's `main` is a UMD build whose internal require() calls esbuild cannot follow (the bundle
// then needs node_modules at run time): its ES module build bundles cleanly.
const common = {
  plugins: [re2jsBesideBundle],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};
const minify = process.argv.includes('--production');

await Promise.all([
  build({ ...common, plugins: [], minify, entryPoints: ['node_modules/re2js/build/index.cjs.cjs'], outfile: 'dist/re2js.js' }),
  build({ ...common, minify, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' }),
  // tinyglobby's ES module build (picked for `import` syntax) reads import.meta.url, which a CommonJS bundle lacks.
  build({
    ...common,
    minify,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  build({ ...common, minify, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // Fetch linked sources (Readability over linkedom, 1 MB): its own file beside the extension, required
  // by src/extension/host.ts when the command first runs, so activation never parses it.
  build({ ...common, minify, entryPoints: ['src/fetch/fetchSource.ts'], outfile: 'dist/fetchSource.js' }),
  // The workspace check's worker threads: the engine alone, loaded by src/extension/workerEngine.ts.
  build({ ...common, minify, entryPoints: ['src/extension/draftWorker.ts'], outfile: 'dist/draftWorker.js' }),
  // The web extension host (vscode.dev, github.dev, code-server's web worker): the same extension with
  // host.ts swapped for host.browser.ts, so no Node module is bundled (esbuild fails if one is).
  build({
    ...common,
    minify,
    platform: 'browser',
    target: 'es2022',
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    plugins: [
      {
        name: 'browser-host',
        setup(b) {
          b.onResolve({ filter: /^\.\/host$/ }, (args) => ({ path: resolvePath(args.resolveDir, 'host.browser.ts') }));
        },
      },
    ],
  }),
]);
