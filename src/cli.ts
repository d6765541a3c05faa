/**
 * Command-line interface over the same pure core the extension runs.
 *   tmt-reader read <file.html|-> [--url URL] [--json]
 *   tmt-reader quotes <file.txt|-> [--lang en|ru] [--outlets "A,B"] [--json]
 *   tmt-reader quotes --batch [--outlets "A,B"] < in.jsonl > out.jsonl
 * The quote finder treats the publication's own names as relays, never speakers ("…,” Ivanov told The Moscow
 * Times" → Ivanov): by default the TMT site profile's outlet names, else the comma-separated --outlets ("": none).
 * Batch mode reads one JSON object a line, {"id", "lang"?, "text"}, and writes one a line, {"id", "quotes"}
 * (offsets into that text), or {"id", "error"} for a line it cannot use; it serves evaluation scripts,
 * which run the product as a black box over a whole corpus in one process.
 *   tmt-reader cite <file.html|-> [--url URL] --format bibtex|ris|csljson|apa|chicago
 *   tmt-reader save <file.html|-> [--url URL] --format html|md|epub -o PATH [--no-images]
 * Exit codes: 0 done (also for "not an article" with read), 2 unreadable input, bad usage, nothing to cite or
 * save (in batch mode: any unusable line; every other line is still answered).
 */
import { InputError, run, USAGE } from './cli/run';

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`tmt-reader: ${message.split('\n')[0]}\n`);
  if (err instanceof InputError && /command|argument|option|input file|--|-o /.test(message)) process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
}
