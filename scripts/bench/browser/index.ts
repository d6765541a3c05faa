/** The browser parts of the bench, loaded only when a browser is driven. */
export { openSession, serve, type Session } from './session';
export { pageExtraction, pageQuotes, pageStages } from './in-page';
export { timeToReader, type ReaderTiming } from './reader';
export { memory, type MemoryResult } from './memory';
export { pageLoadCost, type PageLoadResult } from './page-load';
