// An esbuild plugin: micromark's resolveAllText (initialize/text.js) merges
// data tokens with a splice per run, quadratic in a paragraph's length. The
// bundles replace that loop with mergeDataEvents. If micromark's code changes,
// the build fails here rather than silently shipping the slow loop.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const helper = fileURLToPath(new URL('./merge-data-events.mjs', import.meta.url));
const loop = /let index = -1;\s*\/\*\* @type \{number \| undefined\} \*\/\s*let enter;[\s\S]*?events\.splice\(enter \+ 2, index - enter - 2\);\s*index = enter \+ 2;\s*\}\s*enter = undefined;\s*\}\s*\}/;

export const micromarkLinearText = {
  name: 'micromark-linear-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]micromark[\\/]lib[\\/]initialize[\\/]text\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!loop.test(source)) throw new Error(`micromark-linear-text: resolveAllText in ${args.path} is not the loop this patch replaces`);
      const patched = `import { mergeDataEvents } from ${JSON.stringify(helper)};\n${source.replace(loop, 'mergeDataEvents(events);')}`;
      return { contents: patched, loader: 'js' };
    });
  },
};
