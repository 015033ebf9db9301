/**
 * `pathwise export ctdl|csv --catalog FILE [--target ID] [--out FILE]`: a catalog (or, for ctdl, the pathway of one
 * target) as a CTDL `ceterms:Pathway` JSON-LD document on stdout, or atomically to --out.
 */
import { exportCsv, exportCtdl } from '@pathwise/interop';
import type { Command } from './command.js';
import { EXIT_OK } from '../io.js';
import { readCatalogFile } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { emitJson, emitText } from '../interop/report-import.js';

const USAGE = 'pathwise export ctdl|csv --catalog FILE [--target ID] [--out FILE]';

/** The `export` sub-command. */
export const exportCommand: Command = {
  name: 'export',
  summary: "write a catalog (or one target's pathway) as CTDL JSON-LD, or a catalog as CSV",
  usage: 'pathwise export ctdl|csv --catalog FILE [options]',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        catalog: { type: 'string' },
        target: { type: 'string' },
        out: { type: 'string' },
      },
      USAGE,
    );
    if (parsed.values.help) {
      io.out(`usage: ${USAGE}\n`);
      return EXIT_OK;
    }
    if (
      parsed.positionals.length !== 1 ||
      (parsed.positionals[0] !== 'ctdl' && parsed.positionals[0] !== 'csv') ||
      parsed.values.catalog === undefined
    ) {
      throw new UsageError(`expected "ctdl" or "csv" and --catalog FILE\nusage: ${USAGE}`);
    }
    if (parsed.positionals[0] === 'csv') {
      if (parsed.values.target !== undefined)
        throw new UsageError(`--target is for ctdl only\nusage: ${USAGE}`);
      await emitText(
        exportCsv(await readCatalogFile(parsed.values.catalog, io)),
        parsed.values.out,
        io,
      );
      return EXIT_OK;
    }
    const catalog = await readCatalogFile(parsed.values.catalog, io);
    const doc = exportCtdl(catalog, { target: parsed.values.target });
    await emitJson(doc, parsed.values.out, io);
    return EXIT_OK;
  },
};
