import type { Catalog, Credential } from '@pathwise/core';
import type { CompactIndex } from '@pathwise/engine';

export function hundredAfterStart(
  catalog: Catalog,
  compiled: CompactIndex,
): { kind: 'publish'; provider: string; credentials: Credential[] };
