/**
 * `tmt-reader quotes --batch`: the black-box door evaluation scripts use. One JSON line in, one out, in order,
 * with offsets into each line's own text; a bad line is answered with an error and does not stop the rest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'node_modules', '.cache', 'tmt-cli-batch');

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  await build({ entryPoints: { cli: path.join(ROOT, 'src/cli.ts') }, outdir: WORK, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
}, 60_000);

const batch = (input: string, args: string[] = []) =>
  spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), 'quotes', '--batch', ...args], { input, encoding: 'utf8', timeout: 60_000 });

interface Line { id: unknown; quotes?: { text: string; start: number; end: number; speaker: { name: string; start?: number; end?: number } | null }[]; error?: string }
const parse = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

describe('quotes --batch', () => {
  it('answers each line in order, with offsets into that line’s text', () => {
    const en = 'The minister spoke briefly.\n\n“We will not change course,” Ivanov said on Monday.';
    const ru = 'Министр выступил кратко.\n\n«Мы не изменим курс», — заявил Иванов в понедельник.';
    const r = batch([JSON.stringify({ id: 'a', lang: 'en', text: en }), JSON.stringify({ id: 7, lang: 'ru', text: ru }), JSON.stringify({ id: 'empty', text: '' })].join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    const out = parse(r.stdout);
    expect(out.map((l) => l.id)).toEqual(['a', 7, 'empty']);
    const [a, b, empty] = out as [Line, Line, Line];
    expect(a.quotes).toHaveLength(1);
    expect(en.slice(a.quotes![0]!.start, a.quotes![0]!.end)).toBe('We will not change course');
    expect(a.quotes![0]!.speaker?.name).toBe('Ivanov');
    const sp = a.quotes![0]!.speaker!;
    expect(en.slice(sp.start, sp.end)).toBe('Ivanov');
    expect(b.quotes).toHaveLength(1);
    expect(ru.slice(b.quotes![0]!.start, b.quotes![0]!.end)).toBe('Мы не изменим курс');
    expect(empty.quotes).toEqual([]);
  });

  it('a bad line gets an error of its own, the others are still answered, and the exit code says so', () => {
    const good = JSON.stringify({ id: 'ok', lang: 'en', text: '“Nothing has changed,” Smith said.' });
    const r = batch(['{not json', JSON.stringify({ id: 'no-text' }), JSON.stringify({ id: 'bad-lang', lang: 'de', text: 'x' }), good].join('\n'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/3 input lines could not be used/);
    const out = parse(r.stdout);
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ id: null, error: 'not a JSON object' });
    expect(out[1]).toEqual({ id: 'no-text', error: '"text" must be a string' });
    expect(out[2]!.error).toMatch(/"lang" must be en or ru/);
    expect(out[3]!.quotes?.[0]?.text).toBe('Nothing has changed');
  });

  it('refuses a file argument and other commands', () => {
    expect(spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), 'read', '--batch'], { encoding: 'utf8' }).status).toBe(2);
    const r = spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), 'quotes', '--batch', 'file.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--batch reads standard input/);
  });
});

describe('quotes --outlets: the publication that relays the words is never their speaker', () => {
  const reported = '"The plant will close next month and its workers will be sent home," The Moscow Times reported.';
  const line = (text: string) => `${JSON.stringify({ id: 'x', lang: 'en', text })}\n`;
  const speaker = (r: ReturnType<typeof batch>) => parse(r.stdout)[0]!.quotes![0]!.speaker?.name ?? null;

  it('by default takes the TMT profile\'s names: "<outlet> reported" names nobody', () => {
    expect(speaker(batch(line(reported)))).toBeNull();
  });

  it('--outlets "" gives none (the outlet is then read as a body that speaks), a list gives those', () => {
    expect(speaker(batch(line(reported), ['--outlets', '']))).toBe('Moscow Times');
    const meduza = '"The plant will close next month and its workers will be sent home," Meduza Daily reported.';
    expect(speaker(batch(line(meduza)))).toBe('Meduza Daily');
    expect(speaker(batch(line(meduza), ['--outlets', 'Novaya Gazeta, Meduza Daily']))).toBeNull();
  });

  it('the text command takes the same option, and read refuses it', () => {
    const file = path.join(WORK, 'reported.txt');
    writeFileSync(file, reported);
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), ...args], { encoding: 'utf8', timeout: 60_000 });
    const who = (args: string[]) => (JSON.parse(cli(['quotes', file, '--json', ...args]).stdout) as { quotes: Line['quotes'] }).quotes![0]!.speaker?.name ?? null;
    expect(who([])).toBeNull();
    expect(who(['--outlets', ''])).toBe('Moscow Times');
    expect(cli(['read', file, '--outlets', 'X']).status).toBe(2);
  });
});
