// The version is read from package.json at build time: esbuild inlines the
// JSON, so the binary reports the version it was built from without reading
// the disk at run time.
import packageJson from '../../package.json' with { type: 'json' };

/** The tool's name as the command line, SARIF and reports show it. */
export const toolName = 'tradecraft';

/** The version of the package the binary was built from. */
export const toolVersion: string = packageJson.version;

/** Where SARIF viewers send users who want to know what the tool is. */
export const toolInformationUri = 'https://github.com/tradecraft-tools/tradecraft';

/** The documentation of one diagnostic code, for `codeDescription.href` and SARIF `helpUri`. */
export function ruleDocsUrl(code: string): string {
  return `${toolInformationUri}/blob/main/docs/rules.md#${code}`;
}
