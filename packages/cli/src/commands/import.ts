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
import { booleanFlag, parseCommandArgs, stringFlag } from '../parse-command-args.js';
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
  usage: USAGE,
  arguments: [
    {
      name: 'ctdl|csv',
      description: 'the format of FILE: a CTDL JSON-LD pathway, or a CSV catalog',
    },
    { name: 'FILE', description: 'the file to convert' },
  ],
  flags: [
    {
      name: 'out',
      type: 'string',
      value: 'FILE',
      description: 'write the catalog to FILE (atomically) instead of stdout',
      default: 'stdout',
    },
    {
      name: 'currency',
      type: 'string',
      value: 'CODE',
      description: 'the currency of the costs (ISO 4217, e.g. USD)',
      default: "the file's own, else none",
    },
    {
      name: 'stub-external',
      type: 'boolean',
      description:
        'ctdl only: references to resources the file does not describe become stand-in credentials (with a warning) instead of faults',
    },
  ],
  examples: ['pathwise import csv catalog.csv --currency USD --out catalog.json'],
  async run(args, io) {
    const parsed = parseCommandArgs(args, this);
    const out = stringFlag(parsed.values, 'out');
    const [format, file, ...extra] = parsed.positionals;
    if ((format !== 'ctdl' && format !== 'csv') || file === undefined || extra.length > 0) {
      throw new UsageError(
        `expected a format (ctdl or csv) and one file; see "pathwise help import"`,
      );
    }
    const text = await readInputFile(file, io);
    const currency = stringFlag(parsed.values, 'currency');
    const options = { currency };
    const result = await withImportFaults(
      () =>
        format === 'ctdl'
          ? importCtdl(text, {
              ...options,
              stubExternal: booleanFlag(parsed.values, 'stub-external'),
            })
          : importCsv(text, options),
      io,
    );
    if ('exit' in result) return result.exit;
    printWarnings(result.warnings, io);
    await emitJson(result.catalog, out, io);
    if (out !== undefined) {
      io.err(`wrote ${result.catalog.credentials.length} credentials to ${out}\n`);
    }
    return EXIT_OK;
  },
};
