/**
 * `pathwise export ctdl|csv --catalog FILE [--target ID] [--out FILE]`: a catalog (or, for ctdl, the pathway of one
 * target) as a CTDL `ceterms:Pathway` JSON-LD document on stdout, or atomically to --out.
 */
import { indexCatalog } from '@pathwise/core';
import { exportCsv, exportCtdl } from '@pathwise/interop';
import { withSuggestions } from '../suggest/unknown-id-error.js';
import type { Command } from './command.js';
import { EXIT_OK } from '../io.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';
import { parseCommandArgs, stringFlag } from '../parse-command-args.js';
import { emitJson, emitText } from '../interop/report-import.js';
import { checkOutTarget } from '../interop/out-target.js';

const USAGE = 'pathwise export ctdl|csv --catalog FILE [--target ID] [--out FILE]';

/** The `export` sub-command. */
export const exportCommand: Command = {
  name: 'export',
  summary: "write a catalog (or one target's pathway) as CTDL JSON-LD, or a catalog as CSV",
  usage: USAGE,
  arguments: [{ name: 'ctdl|csv', description: 'the format to write' }],
  flags: [
    {
      name: 'catalog',
      type: 'string',
      value: 'FILE',
      description: 'the catalog to export; required',
    },
    {
      name: 'target',
      type: 'string',
      value: 'ID',
      description: "ctdl only: export only this credential's pathway",
      default: 'the whole catalog',
    },
    {
      name: 'out',
      type: 'string',
      value: 'FILE',
      description: 'write to FILE (atomically) instead of stdout',
      default: 'stdout',
    },
  ],
  examples: ['pathwise export ctdl --catalog catalog.json --target pmi-pmp --out pmp.jsonld'],
  async run(args, io) {
    const parsed = parseCommandArgs(args, this);
    const values = {
      catalog: stringFlag(parsed.values, 'catalog'),
      target: stringFlag(parsed.values, 'target'),
      out: stringFlag(parsed.values, 'out'),
    };
    if (
      parsed.positionals.length !== 1 ||
      (parsed.positionals[0] !== 'ctdl' && parsed.positionals[0] !== 'csv') ||
      values.catalog === undefined
    ) {
      throw new UsageError(
        `expected "ctdl" or "csv" and --catalog FILE; see "pathwise help export"`,
      );
    }
    const out = await checkOutTarget(values.out, [values.catalog]);
    if (parsed.positionals[0] === 'csv') {
      if (values.target !== undefined)
        throw new UsageError(`--target is for ctdl only; see "pathwise help export"`);
      await emitText(exportCsv(await readCatalogFile(values.catalog, io)), out, io);
      return EXIT_OK;
    }
    const catalog = await readCatalogFile(values.catalog, io);
    let doc;
    try {
      doc = exportCtdl(catalog, { target: values.target });
    } catch (error) {
      throw withSuggestions(error, indexCatalog(catalog));
    }
    await emitJson(doc, out, io);
    return EXIT_OK;
  },
};
