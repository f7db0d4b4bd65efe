import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { diagnosticCodes } from '../../server/src/core/diagnostics.js';
import { checkFixture, expectedFor, renderFindings } from '../helpers/fixtures.js';

const fixtureRoot = path.resolve(import.meta.dirname, '../fixtures/rules');
const isFixture = (name: string) => /^(ok|not-ok)-.*\.(assessment\.md|claims-schema\.yaml)$/.test(name);

for (const code of diagnosticCodes) {
  const folder = path.join(fixtureRoot, code);
  const fixtures = readdirSync(folder).filter(isFixture).sort();

  describe(code, () => {
    test('has ok and not-ok fixtures', () => {
      assert.ok(fixtures.some((f) => f.startsWith('ok-')), `no ok-* fixture for ${code}`);
      assert.ok(fixtures.some((f) => f.startsWith('not-ok-')), `no not-ok-* fixture for ${code}`);
    });

    for (const fixture of fixtures) {
      test(fixture, () => {
        const file = path.join(folder, fixture);
        const result = checkFixture(file);
        const ofCode = result.findings.filter((f) => f.code === code);
        if (fixture.startsWith('ok-')) assert.equal(ofCode.length, 0, `ok fixture raised ${code}:\n${renderFindings(result)}`);
        else assert.ok(ofCode.length > 0, `not-ok fixture raised no ${code}:\n${renderFindings(result)}`);
        const actual = renderFindings(result);
        assert.equal(actual, expectedFor(file, actual));
      });
    }
  });
}
