/**
 * Readers for what a node usually holds once (a credential's one cost profile, its one price, its
 * one duration), answering without the lists, NumberAt and value objects of the general readers:
 * the catalog fields of a large import read a few of them per credential, and those objects were
 * a good part of its garbage. Anything not written plainly goes to the general readers, so each
 * answer, and the terms it marks read, are exactly theirs. Places are kept as the description, key
 * and index they are at, and their text is built only when a fault or warning asks for it.
 */
import type { LdGraph, LdNode } from './normalise.js';
import { placePath } from './ld-types.js';
import { SEVERAL, isNodeOrRef, rawKey, rawPart, rawValue, referredNode } from './node-props.js';
import { numbers, values } from './read.js';

/** What soleNode answers when the term may hold several nodes: read them with `nodesOf`. */
export const NOT_SOLE = Symbol('not sole');

/**
 * `nodesOf(graph, node, term)` when the term holds at most one value (alone or in a list of one).
 * @returns the node (undefined when there is none), or NOT_SOLE
 */
export function soleNode(
  graph: LdGraph,
  node: LdNode,
  term: string,
): LdNode | undefined | typeof NOT_SOLE {
  const raw = rawValue(node, term);
  if (raw === undefined) return undefined;
  if (raw === SEVERAL) return NOT_SOLE;
  let one: unknown = raw;
  if (Array.isArray(raw)) {
    if (raw.length > 1) return NOT_SOLE;
    if (raw.length === 0) return undefined;
    one = raw[0];
  }
  const found = referredNode(rawPart(), one, graph.resolve);
  return found === SEVERAL ? NOT_SOLE : (found ?? undefined);
}

/*
 * The place of the first number countNumbers found, or of the string firstString found: module
 * state, read before the next call of the same reader (an object per read was garbage).
 */
let numberValue = NaN;
let numberPart: LdNode | undefined;
let numberKey = '';
let numberStep: number | undefined;
let numberAt: { readonly path: string } | undefined;
let stringPart: LdNode | undefined;
let stringKey = '';
let stringAt: { readonly path: string } | undefined;

/**
 * How many numbers `numbers(node, ...terms)` reads, the first of them kept for `firstNumber()` and
 * `firstNumberPath()`. Plain JSON numbers (alone or in a flat list, beside references and embedded
 * nodes, which hold none) are counted where they are; anything else is read by `numbers`.
 * @param terms - the terms, in order (a constant list: a list per call was garbage)
 * @returns the count
 */
export function countNumbers(node: LdNode, terms: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < terms.length; i++) {
    const raw = rawValue(node, terms[i]!);
    if (raw === undefined) continue;
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      if (count++ === 0) keepNumber(raw, undefined);
      continue;
    }
    if (isNodeOrRef(raw)) continue;
    if (!Array.isArray(raw)) return countAll(node, terms);
    for (let j = 0; j < raw.length; j++) {
      const x: unknown = raw[j];
      if (typeof x === 'number' && Number.isFinite(x)) {
        if (count++ === 0) keepNumber(x, j);
      } else if (!isNodeOrRef(x)) return countAll(node, terms);
    }
  }
  return count;
}

/** Notes the first number, at the key rawValue last read (and index `step` in its list). */
function keepNumber(value: number, step: number | undefined): void {
  numberValue = value;
  numberPart = rawPart();
  numberKey = rawKey();
  numberStep = step;
  numberAt = undefined;
}

/** countNumbers of what is not written plainly: the general reading. */
function countAll(node: LdNode, terms: readonly string[]): number {
  const all = numbers(node, ...terms);
  if (all.length > 0) {
    numberValue = all[0]!.value;
    numberAt = all[0];
  }
  return all.length;
}

/** @returns the first number the last countNumbers counted (when it counted any) */
export function firstNumber(): number {
  return numberValue;
}

/** @returns the place of the first number the last countNumbers counted, as text */
export function firstNumberPath(): string {
  return numberAt !== undefined ? numberAt.path : placePath(numberPart!, numberKey, numberStep);
}

/**
 * The first string literal of the term, as `values(node, term)` gives them (plain or in `@value`,
 * in any language), its place kept for `firstStringPath()`.
 * @returns the string, or undefined when the term has none
 */
export function firstString(node: LdNode, term: string): string | undefined {
  const raw = rawValue(node, term);
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    stringPart = rawPart();
    stringKey = rawKey();
    stringAt = undefined;
    return raw;
  }
  for (const v of values(node, term)) {
    if (v.kind === 'literal' && typeof v.value === 'string') {
      stringAt = v;
      return v.value;
    }
  }
  return undefined;
}

/** @returns the place of the string the last firstString found, as text */
export function firstStringPath(): string {
  return stringAt !== undefined ? stringAt.path : placePath(stringPart!, stringKey, undefined);
}
