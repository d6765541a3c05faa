#!/usr/bin/env node
/**
 * `npm test`: typecheck, build, unit tests, web-ext lint, then end-to-end tests in real Chromium and
 * Firefox ESR. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const steps = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['unit tests', bin('vitest'), ['run', '--project', 'unit']],
  ['web-ext lint', process.execPath, ['scripts/lint-extension.mjs']],
  ['end-to-end tests (Chromium, Firefox ESR)', bin('vitest'), ['run', '--project', 'e2e']],
];
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✖ ${name} failed after ${secs} s`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs} s)`);
}
