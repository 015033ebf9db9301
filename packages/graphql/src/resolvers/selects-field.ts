/**
 * Whether a resolver's result will be asked for a field (directly, or in a fragment), so a costly
 * part of it (a plan's explanation) is computed only when selected. Walks the selection iteratively.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * @param info - the resolver's info
 * @param name - a field of the result's type
 * @returns whether the operation selects it on this field's result
 */
export function selectsField(info: GraphQLResolveInfo | undefined, name: string): boolean {
  if (info === undefined) return false;
  const stack: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) stack.push(node.selectionSet);
  const seen = new Set<string>();
  while (stack.length > 0) {
    for (const s of stack.pop()!.selections) {
      if (s.kind === 'Field') {
        if (s.name.value === name) return true;
      } else if (s.kind === 'InlineFragment') stack.push(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) stack.push(fragment.selectionSet);
      }
    }
  }
  return false;
}
