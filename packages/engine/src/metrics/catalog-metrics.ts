/**
 * Pathway metrics of a catalog version, for publishers and boards (issue 11, item 4): per credential
 * CurricularAnalytics' blocking factor, delay factor, centrality and cruciality (see
 * curricular-metrics.ts), betweenness centrality from graphology-metrics (Brandes 2001), and the
 * structural complexity of the credential's pathway (itself and every credential upstream of it).
 * Computed lazily, once per catalog index (so once per catalog version), and cached.
 */
import type { CatalogIndex } from '@pathwise/core';
import { UnknownCredentialError } from '@pathwise/core';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { credentialDag, type CredentialDag } from './credential-dag.js';
import { curricularMetrics, type DagMetrics, type VertexMetrics } from './curricular-metrics.js';
import { pathwayDag } from './pathway-dag.js';

/**
 * Betweenness (Brandes, O(V·E)) is computed only up to this many credentials; above it the field is
 * null rather than holding a request for minutes. The CurricularAnalytics metrics have no such cap.
 */
export const BETWEENNESS_MAX_CREDENTIALS = 5000;

/** The metrics of one credential. */
export interface CredentialMetrics extends VertexMetrics {
  /** Normalized betweenness centrality on the prerequisite DAG; null above the size cap. */
  betweenness: number | null;
  /** Structural complexity (sum of blocking + delay) of the credential's pathway. */
  pathwayComplexity: number;
  /** Credentials in that pathway, the credential included. */
  pathwaySize: number;
}

/** Lazily computed metrics of one catalog version. */
export interface CatalogMetrics {
  /** The catalog's structural complexity (every credential counted). */
  readonly structuralComplexity: number;
  /**
   * @param id - a credential id
   * @returns its metrics
   * @throws UnknownCredentialError when the catalog has no such credential
   */
  of(id: string): CredentialMetrics;
}

// The module is CommonJS (`module.exports = fn`) while its typings declare `export default`: under
// NodeNext the default import is the function itself, typed as the namespace, hence the cast.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

const cache = new WeakMap<CatalogIndex, CatalogMetrics>();

/**
 * @param index - a validated catalog index (e.g. a planner's)
 * @returns its metrics, shared by every caller holding the same index
 */
export function catalogMetrics(index: CatalogIndex): CatalogMetrics {
  let metrics = cache.get(index);
  if (!metrics) {
    metrics = new LazyCatalogMetrics(index);
    cache.set(index, metrics);
  }
  return metrics;
}

class LazyCatalogMetrics implements CatalogMetrics {
  private dag: CredentialDag | undefined;
  private whole: DagMetrics | undefined;
  private betweenness: Record<string, number> | null | undefined;
  private readonly pathways = new Map<string, { complexity: number; size: number }>();

  constructor(private readonly index: CatalogIndex) {}

  get structuralComplexity(): number {
    return this.metrics().structuralComplexity;
  }

  of(id: string): CredentialMetrics {
    if (!this.index.byId.has(id)) throw new UnknownCredentialError(id);
    const vertex = this.metrics().byNode.get(id)!;
    const pathway = this.pathway(id);
    return {
      ...vertex,
      betweenness: this.betweennessOf(id),
      pathwayComplexity: pathway.complexity,
      pathwaySize: pathway.size,
    };
  }

  private graph(): CredentialDag {
    return (this.dag ??= credentialDag(this.index));
  }

  private metrics(): DagMetrics {
    return (this.whole ??= curricularMetrics(this.graph()));
  }

  private betweennessOf(id: string): number | null {
    if (this.betweenness === undefined) {
      const dag = this.graph();
      this.betweenness =
        dag.order <= BETWEENNESS_MAX_CREDENTIALS ? betweennessCentrality(dag) : null;
    }
    return this.betweenness ? (this.betweenness[id] ?? 0) : null;
  }

  private pathway(id: string): { complexity: number; size: number } {
    let found = this.pathways.get(id);
    if (!found) {
      const sub = pathwayDag(this.graph(), id);
      found = { complexity: curricularMetrics(sub).structuralComplexity, size: sub.order };
      this.pathways.set(id, found);
    }
    return found;
  }
}
