// The actor hover: the mouse on an actor's alias in the draft brings up the
// actor's card, whose quoted sentences are verbatim in the source paragraphs
// they are attributed to.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeSpace, pollUntil, visibleHover, wordBox } from '../lib/workbench.mjs';
import { STEP_MS, fail, paragraphs } from './context.mjs';

// The hover target: an actor alias on a draft line with no finding, so the
// hover holds the actor card alone (line 24 of the draft).
const hoverLine = 'Beijing renewed its own alliance with Pyongyang';
const hoverWord = 'Pyongyang';

/** Step hover (see context.mjs for `context`). */
export function actorHoverSteps({ page, workspace, schema, shot }) {
  return [
    {
      id: 'hover',
      name: `hover on “${hoverWord}” shows the actor card with source sentences`,
      run: async () => {
        const [actorKey, actor] =
          Object.entries(schema.actors).find(([, a]) => [a.name, ...(a.aliases ?? [])].includes(hoverWord)) ??
          fail(`no actor in claims-schema.yaml is called ${hoverWord}`);
        const box = await pollUntil(() => wordBox(page, hoverLine, hoverWord), Boolean, {
          timeout: STEP_MS,
          describe: () => `no rendered editor line contains “${hoverLine}”`,
        });
        const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        await page.mouse.move(point.x, point.y);
        const hover = visibleHover(page);
        try {
          await hover.first().waitFor({ state: 'visible', timeout: STEP_MS });
          // The card is one Markdown string: once its bold title is there, all of it is.
          await page.waitForFunction(
            (name) =>
              [...document.querySelectorAll('.monaco-hover:not(.hidden) strong')].some((title) => title.innerText.trim() === name),
            actor.name,
            { timeout: STEP_MS, polling: 100 },
          );
        } catch (error) {
          const shown = await page
            .$$eval('.monaco-hover:not(.hidden)', (hs) => hs.map((h) => h.innerText.trim()).filter(Boolean))
            .catch(() => []);
          const what = shown.length ? `the hover shows ${JSON.stringify(shown)}` : `no hover appeared (${error.message.split('\n')[0]})`;
          fail(`no card for ${actor.name} (actor ${actorKey}) over “${hoverWord}”: ${what}`);
        }
        // The word must still be under the mouse (nothing moved the lines meanwhile).
        const after = await wordBox(page, hoverLine, hoverWord);
        if (!after || point.x < after.x || point.x > after.x + after.width || point.y < after.y || point.y > after.y + after.height) {
          fail(`“${hoverWord}” moved from under the mouse while hovering (${JSON.stringify(box)} → ${JSON.stringify(after)})`);
        }
        const card = await page.$$eval('.monaco-hover:not(.hidden)', (hs, name) => {
          const h = hs.find((x) => [...x.querySelectorAll('strong')].some((title) => title.innerText.trim() === name));
          return {
            text: h.innerText,
            quotes: [...h.querySelectorAll('blockquote')].map((q) => [...q.querySelectorAll('p')].map((p) => p.innerText)),
          };
        }, actor.name);
        if (!card.text.includes('What the sources say') || card.quotes.length === 0) {
          fail(`the ${actor.name} card shows no source sentences: “${normalizeSpace(card.text).slice(0, 300)}”`);
        }
        // Each quoted sentence must be in the paragraph of the source file its attribution names.
        const checked = [];
        for (const parts of card.quotes) {
          const sentence = normalizeSpace(parts[0] ?? '');
          const attribution = normalizeSpace(parts.at(-1) ?? '');
          // `— title (grade), ¶n`: the grade is the source's Admiralty grade, when it has one.
          const cite = /^— (.+?)(?: \((?:[A-F][1-6]?|[1-6])\))?, ¶(\d+)$/.exec(attribution) ?? fail(`quote without a “— title, ¶n” line: ${JSON.stringify(parts)}`);
          const [key, source] =
            Object.entries(schema.sources).find(([k, s]) => s.title === cite[1] || k === cite[1]) ??
            fail(`“${cite[1]}” is no source's title in claims-schema.yaml`);
          if (!source.file) fail(`${key} has no file to quote from`);
          const text = readFileSync(path.join(workspace.dir, source.file), 'utf8');
          const paragraph = paragraphs(text)[Number(cite[2]) - 1] ?? '';
          if (sentence.length < 20) fail(`quote too short to be a source sentence: “${sentence}”`);
          if (!paragraph.includes(sentence)) {
            const elsewhere = normalizeSpace(text).includes(sentence);
            fail(`“${sentence}” is not in ${source.file} ¶${cite[2]}${elsewhere ? ' (it is elsewhere in that file)' : ' (nor anywhere in it)'}`);
          }
          checked.push(`${source.file} ¶${cite[2]}: “${sentence.slice(0, 70)}…”`);
        }
        // The card fades in; the picture waits for its animations to end.
        await page.waitForFunction(
          () => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].every((h) => h.getAnimations({ subtree: true }).every((a) => a.playState !== 'running') && getComputedStyle(h).opacity === '1'),
          undefined,
          { timeout: STEP_MS, polling: 100 },
        );
        await page.screenshot({ path: shot('05-hover') });
        return [`${actor.name}: ${checked.length} source sentence(s) found verbatim`, ...checked];
      },
    },
  ];
}
