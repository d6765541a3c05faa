/**
 * A Node measurement's own process (started by runNodeJob, node-jobs.ts): takes one job over IPC, runs it with
 * node.ts, sends back the result (or the error) and exits, so that jsdom's heap goes with it.
 */
import { nodeExtraction, nodeQuotes, nodeStages } from './node';
import type { NodeAnswer, NodeJob, NodeJobResult } from './node-jobs';

function run(job: NodeJob): NodeJobResult[NodeJob['kind']] {
  switch (job.kind) {
    case 'extraction':
      return nodeExtraction(job.c, job.warmup, job.runs);
    case 'stages':
      return nodeStages(job.c, job.warmup, job.runs);
    case 'quotes':
      return nodeQuotes(job.name, job.scale, job.paragraphs, job.lang, job.warmup, job.runs);
  }
}

process.once('message', (job: NodeJob) => {
  let answer: NodeAnswer;
  try {
    answer = { ok: true, result: run(job) };
  } catch (e) {
    answer = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  process.send!(answer, () => process.exit(answer.ok ? 0 : 1));
});
