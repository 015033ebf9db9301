/**
 * `pathwise search TEXT --catalog FILE`: the credentials whose id, name, provider, kind, skills or
 * description hold every word of TEXT, best first, as a table (id, name, kind, cost, weeks) or JSON,
 * so that ids can be found without reading the catalog.
 */
import { indexCatalog } from '@pathwise/core';
import type { Command } from './command.js';
import { EXIT_OK, MIN_COLUMNS } from '../io.js';
import { booleanFlag, parseCommandArgs, stringFlag } from '../parse-command-args.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';
import { searchCredentials } from '../catalog/search-credentials.js';
import { didYouMean, didYouMeanText } from '../suggest/did-you-mean.js';
import { fitTable } from '../text/fit-table.js';
import { formatMoney, formatWeeks } from '../text/numbers.js';

const USAGE = 'pathwise search TEXT --catalog FILE [--limit N] [--json]';

/** The `search` sub-command. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'find credentials by id, name, provider, kind or skill',
  usage: USAGE,
  arguments: [
    { name: 'TEXT', description: 'words that must all occur (any case); quote several words' },
  ],
  flags: [
    {
      name: 'catalog',
      type: 'string',
      value: 'FILE',
      description: 'the catalog to search; required',
    },
    {
      name: 'limit',
      type: 'string',
      value: 'N',
      description: 'show at most N credentials',
      default: '20',
    },
    {
      name: 'json',
      type: 'boolean',
      description: 'print the matching credentials as a JSON array (all of them)',
    },
  ],
  examples: ['pathwise search "project management" --catalog catalog.json'],
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, this);
    const catalogPath = stringFlag(values, 'catalog');
    if (positionals.length === 0 || catalogPath === undefined) {
      throw new UsageError(`expected TEXT and --catalog FILE; see "pathwise help search"`);
    }
    const limitText = stringFlag(values, 'limit') ?? '20';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new UsageError(`--limit must be a whole number >= 1, got "${limitText}"`);
    }
    const text = positionals.join(' ');
    const index = indexCatalog(await readCatalogFile(catalogPath, io));
    const found = searchCredentials(index, text);
    if (booleanFlag(values, 'json')) {
      io.out(`${JSON.stringify(found)}\n`);
      return EXIT_OK;
    }
    if (found.length === 0) {
      const near = didYouMeanText(didYouMean(text, index.byId.keys()));
      io.out(`no credential matches "${text}".${near}\n`);
      return EXIT_OK;
    }
    const shown = found.slice(0, limit);
    const currency = index.catalog.currency;
    const table = fitTable(
      [
        { header: 'id', flex: 2, min: 12 },
        { header: 'name', flex: 3, min: 16 },
        { header: 'kind' },
        { header: 'cost', align: 'right' },
        { header: 'weeks', align: 'right' },
      ],
      shown.map((c) => [
        c.id,
        c.name,
        c.kind,
        formatMoney(c.cost, currency),
        formatWeeks(c.durationWeeks),
      ]),
      io.columns?.() ?? MIN_COLUMNS,
    );
    const more =
      found.length > shown.length ? `\n… and ${found.length - shown.length} more (--limit)` : '';
    io.out(`${table}${more}\n`);
    return EXIT_OK;
  },
};
