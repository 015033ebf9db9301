// The examples README's "Where offers change the answer": each command it shows runs through the real
// CLI and prints exactly the output the README shows (so the README cannot go stale), each figure it
// states in bold is in that output, and without the catalog's offers the same questions get the dearer
// answers the README compares them with ($575 for the PMP, $300 for the AWS exam).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const readme = readFileSync(join(repoRoot, 'examples/README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Where offers change the answer'),
  readme.indexOf('\n## ', readme.indexOf('## Where offers change the answer') + 1),
);
const PREFIX = 'COLUMNS=80 pnpm --silent pathwise ';

/** One shown command, its shown output, and the bold figures the prose before it states. */
interface Shown {
  args: string[];
  output: string;
  figures: string[];
}

function shownCommands(text: string): Shown[] {
  const found: Shown[] = [];
  const pattern = /```sh\n([\s\S]*?)\n```\n\n```text\n([\s\S]*?)```/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const prose = text.slice(last, m.index);
    last = m.index + m[0].length;
    const command = m[1]!.replace(/\\\n\s*/g, '');
    if (!command.startsWith(PREFIX)) throw new Error(`unexpected README command: ${command}`);
    found.push({
      args: command.slice(PREFIX.length).split(/\s+/),
      output: m[2]!,
      figures: [...prose.matchAll(/\*\*(total: [^*]+)\*\*/g)].map((f) => f[1]!),
    });
  }
  return found;
}

const shown = shownCommands(section);

describe('the examples README questions where offers change the answer', () => {
  beforeAll(requireBuiltCli);

  it('shows three questions, four commands, each stating its figure', () => {
    expect(section.match(/^### /gm)).toHaveLength(3);
    expect(shown).toHaveLength(4);
    for (const s of shown) expect(s.figures).toHaveLength(1);
  });

  it.each(shown.map((s) => [s.args.join(' '), s] as const))(
    '%s prints what the README shows',
    async (_name, s) => {
      const run = await runCli(s.args, { COLUMNS: '80' });
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toBe(s.output);
      for (const figure of s.figures) expect(run.stdout).toContain(figure);
    },
  );

  it('without the offers, the PMP costs $575 and the AWS exam $300 (the README compares them)', async () => {
    const catalog = JSON.parse(
      readFileSync(join(repoRoot, 'examples/catalogs/tech-careers.json'), 'utf8'),
    ) as { offers?: unknown };
    delete catalog.offers;
    const bare = writeTemp(tempDir(), 'no-offers.json', catalog);
    const withBare = (s: Shown): string[] =>
      s.args.map((a) => (a === 'examples/catalogs/tech-careers.json' ? bare : a));
    const [, , pmp, aws] = shown;
    for (const [s, total] of [
      [pmp!, 'total: 575 USD'],
      [aws!, 'total: 300 USD'],
    ] as const) {
      const run = await runCli(withBare(s), { COLUMNS: '80' });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(total);
      expect(run.stdout).not.toContain('offers taken:');
    }
  });
});
