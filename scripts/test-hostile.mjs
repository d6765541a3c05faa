#!/usr/bin/env node
/**
 * `npm run test:hostile`: the whole matrix of generated hostile pages (tests/unit/helpers/hostile-matrix.ts), seeds 1
 * to 10 for every story fixture and N, two seeds per vitest process. jsdom keeps ~2.4 MB of every window it made,
 * closed or not, so one process holding the whole matrix ran out of heap. Every slice runs, so that one failing cell
 * does not hide another; the failing slices are listed at the end (exit 1).
 */
import { spawnSync } from 'node:child_process';

const SEEDS = 10;
const PER_RUN = 2;
const files = ['tests/unit/hostile-pages.test.ts', 'tests/unit/hostile-pages-2.test.ts'];
const failed = [];
for (let from = 1; from <= SEEDS; from += PER_RUN) {
  const to = Math.min(SEEDS, from + PER_RUN - 1);
  console.log(`test:hostile: seeds ${from}-${to}`);
  const r = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...files], {
    stdio: 'inherit',
    env: { ...process.env, HOSTILE_SEEDS: `${from}-${to}` },
  });
  if (r.status !== 0) failed.push(`HOSTILE_SEEDS=${from}-${to}`);
}
if (failed.length) {
  console.error(`test:hostile: failing slices (re-run one with the same HOSTILE_SEEDS): ${failed.join(', ')}`);
  process.exit(1);
}
