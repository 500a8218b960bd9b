// The lexical rules the parser and the printer share: which values may go unquoted, which names are fields.

/** `word = 1*( ALPHA / DIGIT / "_" )`: a value that may be written without quotes. */
export const WORD = /^[A-Za-z0-9_]+$/;

/** `field = ALPHA *( ALPHA / DIGIT / "_" )`. */
export const FIELD = /^[A-Za-z][A-Za-z0-9_]*$/;

/** What a quoted value may hold: any character but control characters (a quote inside is doubled). */
export const QUOTABLE = /^[^\x00-\x1f\x7f]*$/u;

export const isWordChar = (c: string): boolean => /[A-Za-z0-9_]/.test(c);
