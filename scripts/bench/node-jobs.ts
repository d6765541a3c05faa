/**
 * Each Node measurement runs in a process of its own, which the bench starts, hands one job and waits for
 * (node-child.ts is that process's entry). jsdom's heap grows with every page it reads and does not shrink
 * (2–3.5 MB a run: docs/performance.md), so one process for the whole Node part ran out of its heap; a process
 * per fixture takes its heap with it. The measurement inside is node.ts's, unchanged.
 */
import { fork } from 'node:child_process';
import type { BenchCase } from './cases';
import type { ExtractionResult, QuotesResult } from './node';
import type { Stage } from './stages';

export type NodeJob =
  | { kind: 'extraction'; c: BenchCase; warmup: number; runs: number }
  | { kind: 'stages'; c: BenchCase; warmup: number; runs: number }
  | { kind: 'quotes'; name: string; scale: number; paragraphs: string[]; lang: 'en' | 'ru'; warmup: number; runs: number };

export interface NodeJobResult {
  extraction: ExtractionResult;
  stages: Array<Record<Stage, number>>;
  quotes: QuotesResult;
}

/** What the child sends back: the job's result, or the error that stopped it. */
export type NodeAnswer = { ok: true; result: NodeJobResult[NodeJob['kind']] } | { ok: false; error: string };

/** Runs `job` in a new Node process started from `script` (the bundled node-child.ts) and returns its result. */
export function runNodeJob<K extends NodeJob['kind']>(script: string, job: Extract<NodeJob, { kind: K }>): Promise<NodeJobResult[K]> {
  return new Promise((resolve, reject) => {
    // The child's stdout is not ours (--json writes one object there); its stderr is the bench's log.
    const child = fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
    let answer: NodeAnswer | undefined;
    child.once('message', (a: NodeAnswer) => (answer = a));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (answer?.ok) resolve(answer.result as NodeJobResult[K]);
      else reject(new Error(`bench: node ${job.kind} in a child process: ${answer ? answer.error : `exited (${signal ?? code}) without an answer`}`));
    });
    child.send(job);
  });
}
