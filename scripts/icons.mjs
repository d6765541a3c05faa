#!/usr/bin/env node
// Renders the one source drawing, icons/icon.svg, to the PNG sizes the manifests use, plus a grey
// "inactive" set the toolbar shows on pages that are not Moscow Times articles.
// Usage: node scripts/icons.mjs   (the PNGs are committed; rerun after editing the SVG)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const SIZES = [16, 32, 48, 128];
const BLUE = '#5882b5';
const GREY = '#8c9098';

const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
if (!svg.includes(BLUE)) throw new Error(`icons/icon.svg no longer uses ${BLUE}; update scripts/icons.mjs`);

const variants = [
  { suffix: '', svg },
  { suffix: '-inactive', svg: svg.replaceAll(BLUE, GREY) },
];

for (const { suffix, svg: source } of variants) {
  for (const size of SIZES) {
    const png = new Resvg(source, {
      fitTo: { mode: 'width', value: size },
      shapeRendering: 2, // geometricPrecision: anti-aliased edges
      font: { loadSystemFonts: false },
    })
      .render()
      .asPng();
    const file = join(dir, `icon${suffix}-${size}.png`);
    writeFileSync(file, png);
    console.log(`${file} (${png.length} bytes)`);
  }
}
