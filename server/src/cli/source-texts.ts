// With --include '*.md' a folder walk also meets the schema's source texts,
// which are evidence, not assessments: checking them would flag every
// sentence of a news article as unsourced. A file met only through a glob is
// dropped when the schema above it names it as a source's file.
import type { TradecraftService } from '../core/service.js';
import type { CheckTarget } from '../node/walk.js';

/** The targets without the glob-found files that are some schema's source texts. */
export function withoutSourceTexts(targets: CheckTarget[], service: TradecraftService): CheckTarget[] {
  return targets.filter((target) => !target.byGlob || !isSourceText(target.absolutePath, service));
}

function isSourceText(filePath: string, service: TradecraftService): boolean {
  const schemaPath = service.findSchemaFor(filePath, '');
  const schema = schemaPath === undefined ? undefined : service.loadSchema(schemaPath);
  return [...(schema?.sourceFiles.values() ?? [])].some((file) => file.path === filePath);
}
