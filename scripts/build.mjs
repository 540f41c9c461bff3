// Bundles the three faces with esbuild. chrono-node is bundled in, so the packaged extension and the
// CLI need no node_modules at run time; compromise is only a development-time source for
// scripts/generate-lexicon.mjs and is never bundled.
import { build } from 'esbuild';
import { resolve as resolvePath } from 'node:path';

// jsonc-parser's `main` is a UMD build whose lazy require('./impl/…') calls esbuild cannot follow: bundle its ES module build.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none', alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' } };
const minify = process.argv.includes('--production');

await Promise.all([
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
