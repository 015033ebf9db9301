/**
 * `pathwise validate FILE`: exit 0 when the catalog is valid, exit 2 with one line per fault.
 */
import type { Command } from './command.js';
import { EXIT_OK } from '../io.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a catalog against pathwise.catalog/v1 and list every fault',
  usage: 'pathwise validate FILE',
  async run(args, io) {
    if (args.length !== 1 || args[0]!.startsWith('-')) {
      throw new UsageError(`expected exactly one catalog file: ${this.usage}`);
    }
    const catalog = await readCatalogFile(args[0]!, io);
    io.out(
      `valid: ${catalog.credentials.length} credentials, ${catalog.providers?.length ?? 0} providers\n`,
    );
    return EXIT_OK;
  },
};
