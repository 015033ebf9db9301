/**
 * Credential.metrics: the engine's pathway metrics (CurricularAnalytics' blocking factor, delay
 * factor, centrality and complexity; betweenness), computed lazily once per catalog index. The index
 * is the CatalogView's, so they live exactly as long as the server's cached view of that version.
 */
import { catalogMetrics, type CredentialMetrics } from '@pathwise/engine';
import type { CredentialParent } from './parents.js';

/**
 * @param parent - a credential of a catalog version
 * @returns its metrics
 */
export function credentialMetrics({ credential, index }: CredentialParent): CredentialMetrics {
  return catalogMetrics(index).of(credential.id);
}
