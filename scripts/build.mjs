// Bundles the command line, the language server and the VS Code client with
// esbuild. The unified packages are ESM-only; bundling them into CommonJS files
// keeps the binaries independent of node_modules layout and starts them fast,
// and lets the .vsix ship without node_modules.
import { writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { build } from 'esbuild';
import { micromarkLinearText } from './patches/micromark-linear-text.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // The report's charts (vega) render SVG strings only; see the stub.
  alias: { 'vega-canvas': './scripts/stubs/vega-canvas.js' },
  // micromark merges a paragraph's text tokens in quadratic time; see the patch.
  plugins: [micromarkLinearText],
};

const bin = { banner: { js: '#!/usr/bin/env node' } };

/**
 * `tradecraft report` is a bundle of its own, loaded by the command line only
 * for a report: its charts (vega, d3) were two thirds of the command line's
 * bundle, which every `check` (every pre-commit hook) compiled at start.
 */
const reportApart = {
  name: 'report-apart',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/report-command\.js$/ }, (args) => (args.importer.endsWith(`cli${sep}cli.ts`) ? { path: './tradecraft-report.cjs', external: true } : undefined));
  },
};

await Promise.all([
  build({ ...common, ...bin, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/tradecraft.cjs', plugins: [...common.plugins, reportApart] }),
  build({ ...common, entryPoints: ['server/src/cli/report-command.ts'], outfile: 'dist/tradecraft-report.cjs' }),
  build({ ...common, ...bin, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/tradecraft-lsp.cjs' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
]);

// The extension test suite (npm run test:vscode, npm run test:e2e), loaded by
// VS Code's extension host with require(): CommonJS, with vscode and mocha
// left to the host and to node_modules.
if (process.argv.includes('--tests')) {
  await build({ ...common, entryPoints: ['test/vscode/index.ts'], outfile: 'out/test/index.js', external: ['vscode', 'mocha'] });
  // The project is "type": "module"; this marks out/ as CommonJS for require().
  await writeFile('out/package.json', '{ "type": "commonjs" }\n');
}
