/**
 * A mixed batch for the batch tests: the example queries many times over with ids, blank lines, CRLF
 * line ends, lines that are not JSON, unknown fields and unknown ids, so that output order, error
 * lines and the summary can be compared between worker counts and with the recorded output
 * (fixtures/batch-golden.*, written by the sequential CLI before the batch was streamed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/conformance.js';

/** The batch's text: `copies` x (the 10 example queries + 4 odd lines), CRLF on every 7th line. */
export function mixedBatch(copies = 60): string {
  const examples = readFileSync(join(repoRoot, 'examples/queries/tech-careers.jsonl'), 'utf8')
    .trimEnd()
    .split('\n');
  const lines: string[] = [];
  for (let c = 0; c < copies; c++) {
    examples.forEach((line, i) => {
      const q = JSON.parse(line) as Record<string, unknown>;
      lines.push(JSON.stringify({ ...q, id: `${c}-${i}` }));
    });
    lines.push('', '{oops', `{"target":"pmi-pmp","weekly_hours":5,"id":${c}}`);
    lines.push(JSON.stringify({ id: `u${c}`, target: 'pmi-pmpp' }));
  }
  return lines.map((l, i) => (i % 7 === 3 ? `${l}\r\n` : `${l}\n`)).join('');
}
