/**
 * Whether a resolver's result will be asked for a field (directly, or in a fragment), so a costly
 * part of it (a plan's explanation, a frontier's plans' explanations) is computed only when selected.
 * Walks the selection iteratively.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * @param info - the resolver's info
 * @param name - a field of the result's type
 * @param within - fields leading to it, outermost first (`selectsField(info, 'explanation', 'plans')`
 *   asks for `plans { explanation }`)
 * @returns whether the operation selects it on this field's result
 */
export function selectsField(
  info: GraphQLResolveInfo | undefined,
  name: string,
  ...within: string[]
): boolean {
  if (info === undefined) return false;
  let level: SelectionSetNode[] = [];
  for (const node of info.fieldNodes) if (node.selectionSet) level.push(node.selectionSet);
  for (const step of [...within, name]) {
    const fields = fieldsNamed(info, level, step);
    if (step === name) return fields.length > 0;
    level = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return false;
}

/** The fields named `name` in the selection sets (their fragments included), found iteratively. */
function fieldsNamed(
  info: GraphQLResolveInfo,
  sets: SelectionSetNode[],
  name: string,
): FieldNode[] {
  const stack = [...sets];
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  while (stack.length > 0) {
    for (const s of stack.pop()!.selections) {
      if (s.kind === 'Field') {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === 'InlineFragment') stack.push(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) stack.push(fragment.selectionSet);
      }
    }
  }
  return found;
}
