#!/usr/bin/env node
/** `npm start`: build both browser packages, then read the bundled sample article in the terminal. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['scripts/build.mjs']);
const sample = 'tests/fixtures/tmt/seed-syria-2013/source.html';
console.log(`\nReading the sample article ${sample}:\n${'─'.repeat(78)}`);
run(['dist/cli.js', 'read', sample]);
console.log(`${'─'.repeat(78)}
Load the extension:
  Chrome/Chromium: chrome://extensions → Developer mode → "Load unpacked" → ${path.join(root, 'dist/chrome')}
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${path.join(root, 'dist/firefox/manifest.json')}
  Packages:        dist/packages/*.zip
Then open any article on www.themoscowtimes.com and click the TMT Reader button.`);
