// The filter as a tree: what parseFilter returns, printFilter and evaluate read, and the builders make.

/** EM's comparison operators. */
export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export const operators: readonly Operator[] = ['==', '!=', '<', '<=', '>', '>='];

/** A value as written: its text (inner quotes undoubled) and whether it was quoted. */
export interface FilterValue {
  readonly text: string;
  readonly quoted: boolean;
}

/** `field operator value`, e.g. `CreationTime>="2019-01-01T00:00:00Z"`. */
export interface Comparison {
  readonly kind: 'comparison';
  readonly field: string;
  readonly operator: Operator;
  readonly value: FilterValue;
}

/** Terms joined by `;`: every one must hold. */
export interface And {
  readonly kind: 'and';
  readonly terms: readonly Filter[];
}

/** Terms joined by `,`: at least one must hold. */
export interface Or {
  readonly kind: 'or';
  readonly terms: readonly Filter[];
}

/** A whole filter; a parenthesised group is the And or Or it holds. */
export type Filter = Comparison | And | Or;
