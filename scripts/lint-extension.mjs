#!/usr/bin/env node
/** web-ext lint on the Firefox build; fails on any error, warning or notice. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(
  path.join(root, 'node_modules', '.bin', 'web-ext'),
  ['lint', '-s', 'dist/firefox', '--no-config-discovery', '--self-hosted', '-o', 'json'],
  { cwd: root, encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors + warnings + notices === 0 ? 0 : 1);
