/**
 * `pathwise validate FILE`: exit 0 when the catalog is valid, exit 2 with one line per fault. With
 * `--snapshot`, also writes the compiled snapshot beside the file (`<name>.snapshot.bin`, bound to
 * its bytes), which `plan`, `frontier` and `plan --batch` then load in place of validating and
 * compiling it (docs/snapshot.md).
 */
import { parseCatalogBytes, type Catalog } from '@pathwise/core';
import { indexBuilder, indexSnapshotCodec } from '@pathwise/engine';
import { documentKey, snapshotPathOf, writeSidecar } from '@pathwise/store';
import type { Command } from './command.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readCatalogFile, readFileBytes, unreadable } from '../read-catalog-file.js';
import { UsageError } from '../usage-error.js';

/** The `validate` sub-command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a catalog (pathwise.catalog/v1 or v2) and list every fault',
  usage: 'pathwise validate FILE [--snapshot]',
  arguments: [{ name: 'FILE', description: 'the catalog (JSON) to check' }],
  flags: [
    {
      name: 'snapshot',
      type: 'boolean',
      description:
        'also write the compiled catalog beside FILE (<name>.snapshot.bin): plan, frontier and --batch then start from it, without validating or compiling FILE again',
    },
  ],
  examples: ['pathwise validate catalog.json', 'pathwise validate national.json --snapshot'],
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, this);
    if (positionals.length !== 1) {
      throw new UsageError(`expected exactly one catalog file; see "pathwise help validate"`);
    }
    const path = positionals[0]!;
    if (values.snapshot !== true) {
      reportValid(await readCatalogFile(path, io), io);
      return EXIT_OK;
    }
    // Validated and compiled from the exact bytes the snapshot is bound to, one credential at a time.
    const bytes = await readBytes(path, io);
    const { catalog, compiled } = parseCatalogBytes(bytes, indexBuilder);
    reportValid(catalog, io);
    const snapshot = snapshotPathOf(path);
    const warn = (message: string): void => io.err(`pathwise: warning: ${message}\n`);
    const index = compiled ?? indexSnapshotCodec.compile(catalog);
    if (await writeSidecar(indexSnapshotCodec, snapshot, index, documentKey(bytes), warn))
      io.out(`snapshot: ${snapshot}\n`);
    return EXIT_OK;
  },
};

function reportValid(catalog: Catalog, io: CliIo): void {
  io.out(
    `valid: ${catalog.credentials.length} credentials, ${catalog.providers?.length ?? 0} providers\n`,
  );
}

/**
 * @returns the file's bytes: read as bytes, else (an io that serves text only) its text's
 * @throws CatalogInvalidError UNREADABLE
 */
async function readBytes(path: string, io: CliIo): Promise<Uint8Array> {
  const bytes = await readFileBytes(path, io);
  if (bytes !== undefined) return bytes;
  try {
    return new TextEncoder().encode(await io.readText(path));
  } catch (error) {
    throw unreadable(path, error);
  }
}
