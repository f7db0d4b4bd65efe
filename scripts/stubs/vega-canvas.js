// vega-canvas looks for the native `canvas` package with a top-level await,
// which esbuild cannot put in a CommonJS bundle. The report renders SVG only
// and measures text itself, so it needs no canvas: this stands in for it.
export function canvas() {
  return null;
}
export function image() {
  return null;
}
