/**
 * `pathwise validate FILE`: exit 0 when the catalog is valid, exit 2 with one line per fault.
 */
import type { Command } from './command.js';
import { EXIT_OK } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';

/** The `validate` sub-command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a catalog (pathwise.catalog/v1 or v2) and list every fault',
  usage: 'pathwise validate FILE',
  arguments: [{ name: 'FILE', description: 'the catalog (JSON) to check' }],
  flags: [],
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, this);
    if (positionals.length !== 1) {
      throw new UsageError(`expected exactly one catalog file; see "pathwise help validate"`);
    }
    const catalog = await readCatalogFile(positionals[0]!, io);
    io.out(
      `valid: ${catalog.credentials.length} credentials, ${catalog.providers?.length ?? 0} providers\n`,
    );
    return EXIT_OK;
  },
};
