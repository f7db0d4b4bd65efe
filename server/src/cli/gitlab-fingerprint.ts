import { createHash } from 'node:crypto';
import type { Finding } from '../core/diagnostics.js';

/**
 * GitLab compares fingerprints between the branch and its target to show
 * what is new, so a fingerprint must survive edits elsewhere in the file: it
 * hashes the path, the code and the offending text (not its line), with a
 * counter for the same text flagged twice. One per finding, in their order.
 */
export function gitlabFingerprints(portablePath: string, text: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const basis = `${portablePath}\u0000${finding.code}\u0000${text.slice(finding.span.start, finding.span.end)}`;
    const count = seen.get(basis) ?? 0;
    seen.set(basis, count + 1);
    return createHash('md5').update(`${basis}\u0000${count}`).digest('hex');
  });
}
