/**
 * `pathwise show ID --catalog FILE`: one credential, readable (or as JSON with --json). An unknown
 * id is reported with the nearest known ones.
 */
import { indexCatalog } from '@pathwise/core';
import type { Command } from './command.js';
import { EXIT_OK, MIN_COLUMNS } from '../io.js';
import { booleanFlag, parseCommandArgs, stringFlag } from '../parse-command-args.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';
import { renderCredential } from '../catalog/render-credential.js';
import { UnknownIdError } from '../suggest/unknown-id-error.js';
import { didYouMean } from '../suggest/did-you-mean.js';

const USAGE = 'pathwise show ID --catalog FILE [--json]';

/** The `show` sub-command. */
export const showCommand: Command = {
  name: 'show',
  summary: 'one credential: its cost, duration, requirement and what it counts toward',
  usage: USAGE,
  arguments: [{ name: 'ID', description: 'the credential id (`pathwise search` finds it)' }],
  flags: [
    {
      name: 'catalog',
      type: 'string',
      value: 'FILE',
      description: 'the catalog to read; required',
    },
    { name: 'json', type: 'boolean', description: "print the credential's catalog entry as JSON" },
  ],
  examples: ['pathwise show pmi-pmp --catalog catalog.json'],
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, this);
    const catalogPath = stringFlag(values, 'catalog');
    if (positionals.length !== 1 || catalogPath === undefined) {
      throw new UsageError(`expected one ID and --catalog FILE; see "pathwise help show"`);
    }
    const id = positionals[0]!;
    const index = indexCatalog(await readCatalogFile(catalogPath, io));
    const credential = index.byId.get(id);
    if (!credential) throw new UnknownIdError(id, didYouMean(id, index.byId.keys()));
    io.out(
      booleanFlag(values, 'json')
        ? `${JSON.stringify(credential, null, 2)}\n`
        : renderCredential(credential, index, io.columns?.() ?? MIN_COLUMNS),
    );
    return EXIT_OK;
  },
};
