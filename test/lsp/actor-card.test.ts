// The actor card over a real stdio connection: every ¶n of the card is a link
// to the line where that paragraph starts — a `file:` URI with `#L<line>` for
// a client that asks for nothing (Neovim, Helix …), a command URI for the
// VS Code extension, which asks with `paragraphLinks: 'command'` at initialize.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { copySamples, positionOf, TestClient } from './lsp-client.js';

const draft = 'assessments/china-dprk-draft.assessment.md';
const brief = 'sources/china-dprk-troops-brief.md';
const markdownOf = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? '';

/** The quoted sentences of a card with the link target of each one's ¶n. */
function quotesWithLinks(markdown: string): Array<{ sentence: string; target: string }> {
  const out: Array<{ sentence: string; target: string }> = [];
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    const link = /^> — .*\[¶\d+\]\(([^)]+)\)$/.exec(line);
    if (link) out.push({ sentence: lines[i - 2].slice(2).replace(/\\(.)/g, '$1'), target: link[1] });
  });
  return out;
}

for (const style of ['file', 'command'] as const) {
  describe(`actor card over LSP, ${style} links`, () => {
    const ws = copySamples();
    let client: TestClient;
    before(async () => {
      client = await TestClient.start(ws.dir, style === 'command' ? { initializationOptions: { paragraphLinks: 'command' } } : {});
      client.open(ws.uri(draft), ws.read(draft));
    });
    after(async () => {
      await client.stop();
      ws.dispose();
    });

    test('each quoted sentence links to the line of the brief where its paragraph starts', async () => {
      const text = ws.read(draft);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.uri(draft) }, position: positionOf(text, 'Pyongyang, mutual defense', 1) });
      const quotes = quotesWithLinks(markdownOf(hover));
      assert.ok(quotes.length >= 2, `expected quoted sentences with links:\n${markdownOf(hover)}`);
      const briefLines = ws.read(brief).split('\n');
      for (const { sentence, target } of quotes) {
        let uri: string;
        let line: number;
        if (style === 'file') {
          const m = /^(.*)#L(\d+)$/.exec(target);
          assert.ok(m, `a file: URI with a line: ${target}`);
          [uri, line] = [m[1], Number(m[2]) - 1];
        } else {
          const m = /^command:tradecraft\.openSourceParagraph\?(.+)$/.exec(target);
          assert.ok(m, `a command URI: ${target}`);
          [uri, line] = JSON.parse(decodeURIComponent(m[1])) as [string, number];
        }
        assert.equal(uri, ws.uri(brief));
        // The paragraph starts at that line and holds the sentence (it runs on until a blank line).
        const paragraph = briefLines.slice(line, briefLines.indexOf('', line) === -1 ? undefined : briefLines.indexOf('', line)).join(' ');
        assert.ok(line === 0 || briefLines[line - 1] === '', `line ${line + 1} starts a paragraph`);
        assert.ok(paragraph.replace(/\s+/g, ' ').includes(sentence), `“${sentence}” is in the paragraph at line ${line + 1}`);
      }
    });
  });
}
