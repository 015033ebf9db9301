/**
 * `pathwise import ctdl|csv FILE [--out FILE] [--currency CODE] [--stub-external]`: a CTDL
 * JSON-LD document (--stub-external: references to resources it does not describe become
 * stand-in credentials, with a warning, instead of faults) or a CSV
 * catalog to pathwise.catalog/v1 JSON on stdout (or atomically to --out), warnings on stderr.
 * Exit 2 with one line per fault for bad input.
 */
import { importCsv, importCtdl } from '@pathwise/interop';
import type { Command } from './command.js';
import { EXIT_OK } from '../io.js';
import { UsageError } from '../usage-error.js';
import { parseCommandArgs } from '../parse-command-args.js';
import {
  emitJson,
  printWarnings,
  readInputFile,
  withImportFaults,
} from '../interop/report-import.js';

const USAGE = 'pathwise import ctdl|csv FILE [--out FILE] [--currency CODE] [--stub-external]';

/** The `import` sub-command. */
export const importCommand: Command = {
  name: 'import',
  summary: 'convert a CTDL JSON-LD pathway or a CSV catalog to a pathwise catalog',
  usage: 'pathwise import ctdl|csv FILE [options]',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        out: { type: 'string' },
        currency: { type: 'string' },
        'stub-external': { type: 'boolean' },
      },
      USAGE,
    );
    if (parsed.values.help) {
      io.out(`usage: ${USAGE}\n`);
      return EXIT_OK;
    }
    const [format, file, ...extra] = parsed.positionals;
    if ((format !== 'ctdl' && format !== 'csv') || file === undefined || extra.length > 0) {
      throw new UsageError(`expected a format (ctdl or csv) and one file\nusage: ${USAGE}`);
    }
    const text = await readInputFile(file, io);
    const currency = parsed.values.currency;
    const options = { currency };
    const result = await withImportFaults(
      () =>
        format === 'ctdl'
          ? importCtdl(text, { ...options, stubExternal: parsed.values['stub-external'] === true })
          : importCsv(text, options),
      io,
    );
    if ('exit' in result) return result.exit;
    printWarnings(result.warnings, io);
    await emitJson(result.catalog, parsed.values.out, io);
    if (parsed.values.out !== undefined) {
      io.err(`wrote ${result.catalog.credentials.length} credentials to ${parsed.values.out}\n`);
    }
    return EXIT_OK;
  },
};
