/**
 * `pathwise import ctdl FILE… | csv FILE [--out FILE] [--currency CODE] [--stub-external]`: CTDL
 * JSON-LD documents (several files, e.g. a pathway and its courses, merge by `@id` into one;
 * --stub-external: references to resources they do not describe become stand-in credentials, with
 * a warning, instead of faults) or a CSV catalog to pathwise.catalog/v1 JSON on stdout (or
 * atomically to --out), warnings on stderr, then each pathway's name and destination ids on stderr.
 * Exit 2 with one line per fault for bad input.
 */
import { ImportInvalidError, importCsv, importCtdl, readJsonText } from '@pathwise/interop';
import type { ImportedPathway } from '@pathwise/interop';
import type { Command } from './command.js';
import type { CliIo } from '../io.js';
import { EXIT_OK } from '../io.js';
import { UsageError } from '../usage-error.js';
import { booleanFlag, parseCommandArgs, stringFlag } from '../parse-command-args.js';
import {
  emitJson,
  printWarnings,
  readInputFile,
  withImportFaults,
} from '../interop/report-import.js';
import { checkOutTarget } from '../interop/out-target.js';

const USAGE =
  'pathwise import ctdl FILE… | csv FILE [--out FILE] [--currency CODE] [--stub-external]';

/** The `import` sub-command. */
export const importCommand: Command = {
  name: 'import',
  summary: 'convert a CTDL JSON-LD pathway or a CSV catalog to a pathwise catalog',
  usage: USAGE,
  arguments: [
    {
      name: 'ctdl|csv',
      description:
        'the format: CTDL JSON-LD (a pathway, its courses, a PathwaySet) or a CSV catalog',
    },
    {
      name: 'FILE…',
      description: 'the files to convert; several CTDL files merge by @id into one (csv: one file)',
    },
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
        'ctdl only: references to resources the files do not describe become stand-in credentials (with a warning) instead of faults',
    },
  ],
  examples: [
    'pathwise import csv catalog.csv --currency USD --out catalog.json',
    'pathwise import ctdl pathway.json courses.json --out catalog.json',
  ],
  async run(args, io) {
    const parsed = parseCommandArgs(args, this);
    const [format, ...files] = parsed.positionals;
    if (
      (format !== 'ctdl' && format !== 'csv') ||
      files.length === 0 ||
      (format === 'csv' && files.length > 1)
    ) {
      throw new UsageError(
        `expected ctdl and one or more files, or csv and one file; see "pathwise help import"`,
      );
    }
    const out = await checkOutTarget(stringFlag(parsed.values, 'out'), files);
    const texts: string[] = [];
    for (const file of files) texts.push(await readInputFile(file, io));
    const currency = stringFlag(parsed.values, 'currency');
    const options = { currency };
    const result = await withImportFaults(
      () =>
        format === 'ctdl'
          ? importCtdl(
              texts.length === 1 ? texts[0]! : texts.map((t, i) => parseFile(t, files[i]!)),
              {
                ...options,
                stubExternal: booleanFlag(parsed.values, 'stub-external'),
              },
            )
          : { ...importCsv(texts[0]!, options), pathways: [] },
      io,
    );
    if ('exit' in result) return result.exit;
    printWarnings(result.warnings, io);
    await emitJson(result.catalog, out, io);
    if (out !== undefined) {
      io.err(`wrote ${result.catalog.credentials.length} credentials to ${out.given}\n`);
    }
    printPathways(result.pathways, io);
    return EXIT_OK;
  },
};

/** Parses one of several files, naming it in a NOT_JSON fault. */
function parseFile(text: string, file: string): unknown {
  try {
    return readJsonText(text);
  } catch (error) {
    if (error instanceof ImportInvalidError)
      throw new ImportInvalidError(error.faults.map((f) => ({ ...f, path: f.path || file })));
    throw error;
  }
}

/** What to plan to: each pathway's name (or IRI) and its destination ids, one line each, on stderr. */
function printPathways(pathways: readonly ImportedPathway[], io: CliIo): void {
  for (const p of pathways) {
    const label =
      p.name !== undefined ? `"${p.name}"${p.iri ? ` (${p.iri})` : ''}` : (p.iri ?? '(unnamed)');
    io.err(
      `pathway ${label}: destination${p.destinations.length === 1 ? '' : 's'} ${p.destinations.join(', ') || '(none stated)'}\n`,
    );
  }
}
