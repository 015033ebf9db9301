/**
 * An Apollo plugin counting requests by operation and outcome for /metrics. The operation label is
 * the operation's root fields (schema names, sorted, so the label set stays bounded by the schema:
 * `plan`, `pathways+plan`, `publishProgram`), `invalid` when the document did not parse or validate;
 * the outcome is `OK` or the first error's `extensions.code`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { PathwiseContext } from '@pathwise/graphql';
import type { ServiceMetrics } from './metrics.js';

function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
    else fields.add('(fragment)');
  }
  return [...fields].sort().join('+') || 'empty';
}

/**
 * @param metrics - where requests are counted
 * @returns the plugin
 */
export function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<PathwiseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          const code = errors?.[0]?.extensions?.code;
          metrics.request(
            operationLabel(operation ?? undefined),
            typeof code === 'string' ? code : errors?.length ? 'ERROR' : 'OK',
          );
        },
      };
    },
  };
}
