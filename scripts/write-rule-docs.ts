import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderRuleDocs } from './rule-docs.js';

writeFileSync(path.resolve(import.meta.dirname, '../docs/rules.md'), renderRuleDocs());
console.log('wrote docs/rules.md');
