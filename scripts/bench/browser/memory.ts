/** Memory (Chromium): the page's heap and DOM after 1 and after 50 open+close cycles of the reader. */
import type { CDPSession } from 'puppeteer-core';
import type { BenchCase } from '../cases';
import { closeReader, openArticle, openTimed, type Flakes } from './reader';
import { serve, type Session } from './session';

export interface HeapSample {
  /** V8 heap in use after a full GC (the page's and the content script's worlds share the isolate). */
  jsHeap: number;
  /**
   * The same heap without V8's compiled code (bytecode, baseline and optimised machine code, feedback
   * vectors: heap-snapshot nodes of type "code"), which grows as the JIT warms up and levels off. What is
   * left is the objects the page and the extension keep: where a leak shows.
   */
  jsObjects: number;
  /** Of jsHeap, compiled code (snapshot nodes of type "code"). */
  jsCode: number;
  /** Blink/Oilpan heap in use (DOM objects), when Chromium reports it. */
  embedderHeap: number | null;
  nodes: number;
  listeners: number;
  documents: number;
}

export interface MemoryResult {
  after1: HeapSample;
  after50: HeapSample;
  toggles: number;
  /** JS heap after 1, 10, 25 and 50 cycles: a leak keeps climbing, warming up (JIT code, caches) levels off. */
  trend: Array<{ toggles: number; jsHeap: number; jsObjects: number }>;
  flakes: Flakes;
}

/** Page heap after 1 open+close of the reader vs after `toggles` of them (Chromium DevTools protocol). */
export async function memory(s: Session, c: BenchCase, toggles: number): Promise<MemoryResult> {
  const url = serve(s, c);
  const { page, tabId } = await openArticle(s, url);
  // Attached only after the first cycle: a DevTools session attached before the first open made
  // the reader's dialog close again before it painted (seen in Chromium 156; not investigated further).
  const holder: { cdp?: CDPSession } = {};
  const sample = async (): Promise<HeapSample> => {
    holder.cdp ??= await page.createCDPSession();
    const cdp = holder.cdp;
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
    const split = await heapByType(cdp);
    return { jsHeap: heap.usedSize, jsObjects: split.objects, jsCode: split.code, embedderHeap: heap.embedderHeapUsedSize ?? null, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  };
  try {
    let after1: HeapSample | null = null;
    const trend: MemoryResult['trend'] = [];
    const flakes: Flakes = { n: 0 };
    for (let i = 1; i <= toggles; i++) {
      await openTimed(s, page, tabId, flakes);
      await closeReader(s, page, tabId);
      if (i === 1) {
        after1 = await sample();
        trend.push({ toggles: 1, jsHeap: after1.jsHeap, jsObjects: after1.jsObjects });
      } else if (i === 10 || i === 25) {
        const t = await sample();
        trend.push({ toggles: i, jsHeap: t.jsHeap, jsObjects: t.jsObjects });
      }
    }
    const last = await sample();
    if (!trend.some((t) => t.toggles === toggles)) trend.push({ toggles, jsHeap: last.jsHeap, jsObjects: last.jsObjects });
    return { after1: after1!, after50: last, toggles, trend, flakes };
  } finally {
    await holder.cdp?.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/**
 * A heap snapshot of the page's isolate, summed by node type: `code` (V8's compiled code and its metadata)
 * and `objects` (every other JavaScript-heap node; Blink's own "native" nodes are left out: the DOM is
 * counted by Memory.getDOMCounters).
 */
async function heapByType(cdp: CDPSession): Promise<{ code: number; objects: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }): void => void chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false } as never);
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iSize = fields.indexOf('self_size');
  let code = 0;
  let objects = 0;
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]!];
    const size = snap.nodes[i + iSize]!;
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { code, objects };
}
