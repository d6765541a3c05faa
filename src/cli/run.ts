/** The command-line interface's commands (src/cli.ts is its entry point: usage and exit codes are documented there). */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { readPageFile } from './page-file';
import { findQuotesInText } from '../core';
import { cite, CITATION_FORMATS, isCitationFormat } from '../core/cite';
import type { Lang, Quote, ReadResult } from '../core/types';
import { httpImageFetcher, isKeepFormat, keepArticle, KEEP_FORMATS } from '../export';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { TMT_OUTLET_NAMES } from '../sites/tmt/texts';
import { translator } from '../ui/i18n';

export const USAGE = `Usage:
  tmt-reader read <file.html|-> [--url URL] [--json]
  tmt-reader quotes <file.txt|-> [--lang en|ru] [--outlets "A,B"] [--json]
  tmt-reader quotes --batch [--outlets "A,B"] < in.jsonl > out.jsonl   (lines: {"id", "lang"?, "text"} -> {"id", "quotes"})
    --outlets: the publication's names, relays never speakers (default: The Moscow Times' profile; "": none)
  tmt-reader cite <file.html|-> [--url URL] --format ${CITATION_FORMATS.join('|')}
  tmt-reader save <file.html|-> [--url URL] --format ${KEEP_FORMATS.join('|')} -o PATH [--no-images]`;

const COMMANDS = new Set(['read', 'quotes', 'cite', 'save']);

/** Inputs larger than this are refused rather than risking the machine's memory. */
const MAX_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

function readInput(file: string): Buffer {
  let data: Buffer;
  try {
    data = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${why}`);
  }
  if (data.length > MAX_BYTES) throw new InputError(`${file} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  if (looksBinary(data)) throw new InputError(`${file === '-' ? 'standard input' : file} is not a text or HTML file`);
  return data;
}

/** NUL bytes or many control characters at the start: not text (UTF-16 with a BOM is text). */
function looksBinary(data: Buffer): boolean {
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) return false;
  const head = data.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function parseArgs(argv: string[]): { cmd: string; file: string | undefined; flags: Map<string, string | true> } {
  const [cmd, ...rest] = argv;
  const flags = new Map<string, string | true>();
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--json' || a === '--batch' || a === '--no-images') flags.set(a.slice(2), true);
    else if (a === '--url' || a === '--lang' || a === '--format' || a === '-o' || a === '--output' || a === '--outlets') {
      const v = rest[++i];
      if (v === undefined) throw new InputError(`${a} needs a value`);
      flags.set(a === '-o' ? 'output' : a.replace(/^-+/, ''), v);
    } else if (a.startsWith('-') && a !== '-') throw new InputError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new InputError(`unexpected argument ${a}`);
  }
  if (!cmd || !COMMANDS.has(cmd)) throw new InputError(cmd ? `unknown command ${cmd}` : 'no command given');
  const format = flags.get('format');
  if (cmd === 'cite' && !isCitationFormat(format)) throw new InputError(`--format must be one of ${CITATION_FORMATS.join(', ')}`);
  if (cmd === 'save' && !isKeepFormat(format)) throw new InputError(`--format must be one of ${KEEP_FORMATS.join(', ')}`);
  if (cmd === 'save' && typeof flags.get('output') !== 'string') throw new InputError('-o PATH is needed: where to write the copy');
  if ((cmd === 'read' || cmd === 'quotes') && (format !== undefined || flags.has('output') || flags.has('no-images'))) {
    throw new InputError(`unknown option for ${cmd}`);
  }
  if (cmd !== 'quotes' && flags.has('outlets')) throw new InputError('--outlets works with the quotes command only (read takes them from the site profile)');
  if (flags.has('batch')) {
    if (cmd !== 'quotes') throw new InputError('--batch works with the quotes command only');
    if (file !== undefined && file !== '-') throw new InputError('--batch reads standard input, not a file');
    return { cmd, file: undefined, flags };
  }
  if (file === undefined) throw new InputError('no input file given (use - for standard input)');
  return { cmd, file, flags };
}

function wrap(text: string, width = 78, indent = ''): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join('\n');
}

function quoteLine(q: Quote): string {
  const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : 'unattributed';
  return `“${q.text}”\n  — ${who}`;
}

function renderText(r: ReadResult): string {
  if (!r.isArticle) return `Not an article: ${r.reason}\n`;
  const parts: string[] = [];
  if (r.title) parts.push(wrap(r.title).toUpperCase());
  const meta = [
    r.byline,
    r.published ? r.published.slice(0, 10) : null,
    r.readingMinutes ? `${r.readingMinutes} min read` : null,
  ].filter(Boolean);
  if (meta.length) parts.push(meta.join(' · '));
  if (r.url) parts.push(r.url);
  parts.push('');
  for (const p of r.paragraphs) parts.push(wrap(p), '');
  if (r.keyQuotes.length) {
    parts.push(r.lang === 'ru' ? 'КЛЮЧЕВЫЕ ЦИТАТЫ' : 'KEY QUOTES', '');
    for (const q of r.keyQuotes) parts.push(wrap(quoteLine(q), 78, ''), '');
  }
  return parts.join('\n');
}

/** Cyrillic letters and no run of Latin ones near the start: Russian. */
function guessLang(text: string): Lang {
  return /[а-яё]/i.test(text) && !/[a-z]{4}/i.test(text.slice(0, 200)) ? 'ru' : 'en';
}

/** The publication names given with --outlets (comma-separated, "" for none), else the TMT profile's. */
function outletsOption(flags: Map<string, string | true>): readonly string[] {
  const v = flags.get('outlets');
  if (typeof v !== 'string') return TMT_OUTLET_NAMES;
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function langOption(value: unknown, what: string): Lang | undefined {
  if (value === undefined) return undefined;
  if (value !== 'en' && value !== 'ru') throw new InputError(`${what} must be en or ru, not ${JSON.stringify(value)}`);
  return value;
}

/** One batch line: the answer, or why the line cannot be used (the id kept when there is one). */
function batchLine(line: string, defaultLang: Lang | undefined, outlets: readonly string[]): { out: object; ok: boolean } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { out: { id: null, error: 'not a JSON object' }, ok: false };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { out: { id: null, error: 'not a JSON object' }, ok: false };
  const { id = null, lang, text } = input as { id?: unknown; lang?: unknown; text?: unknown };
  try {
    if (typeof text !== 'string') throw new InputError('"text" must be a string');
    if (text.length > MAX_BYTES) throw new InputError(`"text" is longer than ${MAX_BYTES / 1024 / 1024} MB`);
    const quotes = findQuotesInText(text, langOption(lang, '"lang"') ?? defaultLang ?? guessLang(text), { outlets });
    return { out: { id, quotes }, ok: true };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { out: { id, error: err.message }, ok: false };
  }
}

/** Batch mode streams: one answer per input line as it comes, so a corpus never sits in memory twice. */
async function runBatch(flags: Map<string, string | true>, io: CliIo): Promise<number> {
  const defaultLang = langOption(flags.get('lang'), '--lang');
  const outlets = outletsOption(flags);
  let failed = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { out, ok } = batchLine(line, defaultLang, outlets);
    if (!ok) failed++;
    if (!io.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((done) => io.stdout.once('drain', done));
  }
  if (failed) io.stderr.write(`tmt-reader: ${failed} input line${failed === 1 ? '' : 's'} could not be used (see "error" in the output)\n`);
  return failed ? 2 : 0;
}

/** Citing or saving needs an article: anything else is an error with the reader's reason. */
function needArticle(r: ReadResult, what: string): void {
  if (!r.isArticle) throw new InputError(`nothing to ${what}: ${r.reason}`);
}

/** Where a run reads and writes: the process's own streams, or a caller's (the tests run commands in-process). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): boolean; once(event: 'drain', listener: (...args: unknown[]) => void): unknown };
  stderr: { write(text: string): boolean };
}

/** The process's streams, looked up only when a command runs (process.stdin is made on first access). */
const processIo = (): CliIo => ({ get stdin() { return process.stdin; }, stdout: process.stdout, stderr: process.stderr });

/** One command: its exit code; an InputError for bad input or usage (the entry point prints it). */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  const { cmd, file, flags } = parseArgs(argv);
  if (flags.has('batch')) return runBatch(flags, io);
  const data = readInput(file as string);
  const json = flags.get('json') === true;
  if (cmd === 'quotes') {
    const text = data.toString('utf8');
    const quotes = findQuotesInText(text, langOption(flags.get('lang'), '--lang') ?? guessLang(text), { outlets: outletsOption(flags) });
    io.stdout.write(json ? `${JSON.stringify({ quotes }, null, 2)}\n` : `${quotes.map(quoteLine).join('\n\n')}\n`);
    return 0;
  }
  const url = flags.get('url');
  if (url !== undefined && typeof url === 'string') {
    try {
      new URL(url);
    } catch {
      throw new InputError(`--url is not a valid address: ${url}`);
    }
  }
  const { result, dom, localImages } = await readPageFile(data, { file, url: typeof url === 'string' ? url : null });
  try {
    if (result.isArticle && localImages.count > 0 && cmd !== 'cite') {
      const where = localImages.folder ? ` (${localImages.folder}/)` : '';
      io.stderr.write(
        `tmt-reader: ${localImages.count} of the page's images are stored in the saved copy${where}, not on the web: they are left out\n`,
      );
    }
    const format = flags.get('format');
    if (cmd === 'cite' && isCitationFormat(format)) {
      needArticle(result, 'cite');
      const text = cite(result, format, { accessed: new Date() });
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    } else if (cmd === 'save' && isKeepFormat(format)) {
      needArticle(result, 'save');
      const output = flags.get('output') as string;
      // The article's own images, fetched now (html and epub only); --no-images makes the copy without the network.
      const fetchImage = flags.get('no-images') === true ? async () => null : httpImageFetcher(fetch);
      const file = await keepArticle(
        {
          result,
          win: dom.window as unknown as Window,
          t: translator(result.lang),
          keyQuotes: result.keyQuotes.slice(0, DEFAULT_SETTINGS.keyQuotes),
          accessed: new Date(),
        },
        format,
        { fetchImage },
      );
      try {
        writeFileSync(output, file.bytes);
      } catch (err) {
        throw new InputError(`cannot write ${output}: ${(err as Error).message}`);
      }
      const images = format === 'md' ? '' : `, ${file.images.kept} of ${file.images.total} images inside`;
      io.stderr.write(`tmt-reader: wrote ${output} (${file.bytes.length} bytes${images})\n`);
    } else {
      io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : renderText(result));
    }
  } finally {
    dom.window.close();
  }
  return 0;
}
