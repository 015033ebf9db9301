/**
 * The small requirement language of CSV catalogs, parsed and printed:
 *
 *   expr  := id | 'all' '(' list ')' | 'any' '(' list ')' | INT 'of' '(' list ')'
 *          | 'credits' NUMBER 'of' '(' ids ')'
 *   list  := expr (',' expr)*          a whole cell may also be a bare list, meaning all of it
 *
 * e.g. `all(a, any(b, c), 2 of (d, e, f))` or `credits 6 of (a, b, c)`.
 * Written by hand rather than with a parser generator: the grammar is five rules, and errors must
 * name the character position inside the cell, which the CSV layer then places at a row and column.
 */
import type { Requirement } from '@pathwise/core';
import { isAll, isAny, isAtLeast } from '@pathwise/core';

/** A syntax error at a 1-based character position of the expression. */
export class ExpressionError extends Error {
  readonly position: number;

  /** @param message - what was expected; @param position - 1-based character */
  constructor(message: string, position: number) {
    super(message);
    this.position = position;
  }
}

type Token = { kind: 'word' | 'number' | '(' | ')' | ','; text: string; pos: number };

const WORD = /[A-Za-z0-9._:/-]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, text: ch, pos: i + 1 });
      i++;
    } else if (WORD.test(ch)) {
      const start = i;
      while (i < text.length && WORD.test(text[i]!)) i++;
      const word = text.slice(start, i);
      tokens.push({
        kind: /^\d+(\.\d+)?$/.test(word) ? 'number' : 'word',
        text: word,
        pos: start + 1,
      });
    } else {
      throw new ExpressionError(`unexpected character "${ch}"`, i + 1);
    }
  }
  return tokens;
}

/**
 * @param text - the expression (one CSV cell)
 * @returns the requirement, or undefined for an empty cell
 * @throws ExpressionError naming the character position of the first syntax error
 */
export function parseRequirementExpression(text: string): Requirement | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  let at = 0;
  const end = text.length + 1;
  const peek = (offset = 0): Token | undefined => tokens[at + offset];
  const expect = (kind: Token['kind'], what: string): Token => {
    const t = tokens[at];
    if (!t || t.kind !== kind)
      throw new ExpressionError(
        `expected ${what}${t ? `, found "${t.text}"` : ' at the end'}`,
        t?.pos ?? end,
      );
    at++;
    return t;
  };
  const list = (item: () => Requirement): Requirement[] => {
    expect('(', '"("');
    const items = [item()];
    while (peek()?.kind === ',') {
      at++;
      items.push(item());
    }
    expect(')', '"," or ")"');
    return items;
  };
  const id = (): string => {
    const t = peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'number')) {
      throw new ExpressionError(
        `expected a credential id${t ? `, found "${t.text}"` : ' at the end'}`,
        t?.pos ?? end,
      );
    }
    at++;
    return t.text;
  };
  const expr = (): Requirement => {
    const t = peek();
    const next = peek(1);
    if (t && /^(all|any)$/i.test(t.text) && next?.kind === '(') {
      at++;
      const items = list(expr);
      return t.text.toLowerCase() === 'all' ? { all: items } : { any: items };
    }
    if (t?.kind === 'number' && next?.kind === 'word' && next.text.toLowerCase() === 'of') {
      const k = Number(t.text);
      if (!Number.isInteger(k) || k < 1)
        throw new ExpressionError(`"${t.text} of" needs a whole number of at least 1`, t.pos);
      at += 2;
      return { atLeast: k, of: list(expr) };
    }
    if (t && t.text.toLowerCase() === 'credits' && next?.kind === 'number') {
      at += 2;
      const of = expect('word', '"of"');
      if (of.text.toLowerCase() !== 'of')
        throw new ExpressionError(`expected "of", found "${of.text}"`, of.pos);
      const n = Number(next.text);
      if (!(n > 0)) throw new ExpressionError('a credits threshold must be more than 0', next.pos);
      return { credits: n, of: list(id) as string[] };
    }
    return id();
  };
  const first = expr();
  if (peek()?.kind !== ',') {
    if (at < tokens.length)
      throw new ExpressionError(`unexpected "${peek()!.text}" after the requirement`, peek()!.pos);
    return first;
  }
  const items = [first];
  while (peek()?.kind === ',') {
    at++;
    items.push(expr());
  }
  if (at < tokens.length) throw new ExpressionError(`unexpected "${peek()!.text}"`, peek()!.pos);
  return { all: items };
}

/**
 * Prints a requirement in the CSV expression language; parseRequirementExpression reads it back
 * to the same tree.
 */
export function formatRequirementExpression(req: Requirement): string {
  if (typeof req === 'string') return req;
  if (isAll(req)) return `all(${req.all.map(formatRequirementExpression).join(', ')})`;
  if (isAny(req)) return `any(${req.any.map(formatRequirementExpression).join(', ')})`;
  if (isAtLeast(req))
    return `${req.atLeast} of (${req.of.map(formatRequirementExpression).join(', ')})`;
  return `credits ${plain(req.credits)} of (${req.of.join(', ')})`;
}

function plain(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}
