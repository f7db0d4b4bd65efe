// Bundles the command line (and later the language server) with esbuild.
// The unified packages are ESM-only; bundling them into one CommonJS file keeps
// the binaries independent of node_modules layout and starts them fast.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['server/src/cli/main.ts'],
  outfile: 'dist/tradecraft.cjs',
  banner: { js: '#!/usr/bin/env node' },
});
