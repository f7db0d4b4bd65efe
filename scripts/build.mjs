// Bundles the command line, the language server and the VS Code client with
// esbuild. The unified packages are ESM-only; bundling them into CommonJS files
// keeps the binaries independent of node_modules layout and starts them fast,
// and lets the .vsix ship without node_modules.
import { writeFile } from 'node:fs/promises';
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

await Promise.all([
  build({ ...common, ...bin, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/tradecraft.cjs' }),
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
