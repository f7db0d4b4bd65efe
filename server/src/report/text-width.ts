// Vega lays out axes and labels by the width of their text. With no canvas in
// Node it would guess 0.8 em for every character; these widths (em per
// character, grouped by shape, from DejaVu Sans, the widest of the usual
// system sans-serifs) keep labels clear of each other in any of them: a
// narrower font only leaves a little more room.
const narrow = new Set("il.,:;'|!Ij ·");
const slim = new Set('ftr-()[]/');
const wide = new Set('mwMW@%');

/** The width of a text in pixels at a font size, for Vega's `textMetrics.width`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (narrow.has(char)) ems += 0.3;
    else if (slim.has(char)) ems += 0.41;
    else if (wide.has(char)) ems += 0.98;
    else if (/[A-Z]/.test(char)) ems += 0.75;
    else if (/[0-9]/.test(char)) ems += 0.64;
    else ems += 0.63;
  }
  return ems * fontSize;
}
