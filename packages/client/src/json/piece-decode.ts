// A JSON body decoded from pieces of its text by @streamparser/json (its tokenizer, and a TokenParser that builds the one
// root value): for bodies too large to hold as text and as value at once, which JSON.parse would need.
import { TokenParser, Tokenizer, TokenType } from '@streamparser/json';
import { echo, EmError } from '../errors.ts';
import { type DecodeLimits, tooManyJsonNodes, tooManyJsonValues } from '../limits.ts';
import { normalize } from '../normalize.ts';

export class JsonPieceDecoder {
  readonly #schemaName: string;
  readonly #limits: DecodeLimits;
  readonly #tokenizer = new Tokenizer();
  readonly #parser = new TokenParser({ paths: ['$'] });
  #root: { value: unknown } | undefined;
  #started = false;
  /** Objects and arrays, and commas (every value but the first of its object or array), as decodeJson counts them. */
  #nodes = 0;
  #values = 0;

  constructor(schemaName: string, limits: DecodeLimits) {
    this.#schemaName = schemaName;
    this.#limits = limits;
    this.#parser.onValue = ({ value }) => {
      this.#root = { value };
    };
    this.#tokenizer.onToken = (token) => {
      const type = token.token;
      if ((type === TokenType.LEFT_BRACE || type === TokenType.LEFT_BRACKET) && ++this.#nodes > this.#limits.maxNodes) throw tooManyJsonNodes(this.#limits);
      if (type === TokenType.COMMA && ++this.#values > this.#limits.maxValues) throw tooManyJsonValues(this.#limits);
      if (this.#root !== undefined) throw this.#syntax(`content after the JSON value at byte ${token.offset}`);
      this.#parser.write(token);
    };
  }

  write(text: string): void {
    if (!this.#started && text !== '') {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.#step(() => this.#tokenizer.write(text));
  }

  /** Ends the body: the root value, normalised as decodeJson normalises it. */
  end(): unknown {
    const ended = this.#started ? 'the body ended before the JSON value did' : 'the body is empty';
    try {
      this.#tokenizer.end();
    } catch (cause) {
      throw cause instanceof EmError ? cause : this.#syntax(ended, cause);
    }
    if (this.#root === undefined) throw this.#syntax(ended);
    return normalize(this.#schemaName, this.#root.value, this.#schemaName, this.#limits);
  }

  #step(step: () => void): void {
    try {
      step();
    } catch (cause) {
      throw cause instanceof EmError ? cause : this.#syntax(echo(String((cause as Error)?.message ?? cause).replace(/\.$/, '')), cause);
    }
  }

  #syntax(reason: string, cause?: unknown): EmError {
    return new EmError('invalid-body', `Invalid JSON body: ${reason}. Expected a ${this.#schemaName} object.`, cause === undefined ? {} : { cause });
  }
}
