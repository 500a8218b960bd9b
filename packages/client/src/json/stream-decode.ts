// JSON read as it arrives: @streamparser/json's tokenizer, with the root object and its collection array walked here, so
// each item is assembled on its own (by a TokenParser), normalised and handed over, and never kept. Where an answer has
// several forms (`Refs`, or `VmRestorePoints` with `format=Entity`), the first array key of a form says which one arrives.
import { TokenParser, Tokenizer, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { echo, EmError } from '../errors.ts';
import { DEFAULT_LIMITS, type DecodeLimits, tooManyJsonNodes, tooManyJsonValues } from '../limits.ts';
import type { CollectionForm } from '../descriptor.ts';
import { invalid, normalize } from '../normalize.ts';

const enum At {
  Root,
  /** After `{` or `,` in the root object. */
  Key,
  Colon,
  Value,
  /** After a value in the root object. */
  RootComma,
  /** After the collection's `[`. */
  FirstItem,
  /** After `,` in the collection. */
  Item,
  /** After an item. */
  ItemComma,
  /** Inside a value that a TokenParser is assembling. */
  Assembling,
  Done,
}

export class JsonStreamDecoder {
  readonly #schemaName: string;
  readonly #forms: readonly CollectionForm[];
  /** The form that arrives, once its array key has been read. */
  #form: CollectionForm | undefined;
  readonly #onItem: (item: Record<string, unknown>) => void;
  readonly #tokenizer = new Tokenizer();
  // Other keys of the root, checked at the end; a null prototype makes `__proto__` a plain key.
  readonly #fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  #at = At.Root;
  #key = '';
  #afterComma = false;
  #seenCollection = false;
  #items = 0;
  #parser: TokenParser | undefined;
  #assembled: { value: unknown } | undefined;
  #then: (value: unknown) => void = () => {};
  #started = false;
  #failed: unknown;
  readonly #limits: DecodeLimits;
  /** Objects and arrays opened in the body, or since the last item was handed over. */
  #nodes = 0;
  /** Commas read in the body, or since the last item was handed over: every value but the first of its object or array, as decodeJson counts them. */
  #values = 0;

  /** `schemaName` names the whole answer in messages; `forms` are what it may be. */
  constructor(schemaName: string, forms: readonly CollectionForm[], onItem: (item: Record<string, unknown>) => void, limits: DecodeLimits = DEFAULT_LIMITS) {
    this.#limits = limits;
    this.#schemaName = schemaName;
    this.#forms = forms;
    this.#onItem = onItem;
    this.#tokenizer.onToken = (token) => this.#token(token);
  }

  write(text: string): void {
    if (this.#failed !== undefined) throw this.#failed;
    if (!this.#started && text !== '') {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    try {
      this.#tokenizer.write(text);
    } catch (cause) {
      throw this.#fail(cause);
    }
  }

  /** Ends the body: checks it was one whole JSON object, and the root's other fields. */
  end(): void {
    if (this.#failed !== undefined) throw this.#failed;
    try {
      this.#tokenizer.end();
      if (this.#at !== At.Done) {
        throw this.#syntax(this.#started ? 'the body ended before the JSON value did' : 'the body is empty');
      }
      // No array key at all: an empty collection where there is one form (as decodeJson reads it); where there are several,
      // the whole answer is read as decodeJson reads it, which refuses a body that is none of them.
      const form = this.#form ?? (this.#forms.length === 1 ? this.#forms[0] : undefined);
      if (form) normalize(form.schema, Object.assign(this.#fields, { [form.property]: [] }), this.#schemaName);
      else normalize(this.#schemaName, this.#fields, this.#schemaName);
    } catch (cause) {
      throw this.#fail(cause);
    }
  }

  #fail(cause: unknown): unknown {
    this.#failed =
      cause instanceof EmError ? cause : this.#syntax(echo(String((cause as Error)?.message ?? cause).replace(/\.$/, '')), cause);
    return this.#failed;
  }

  #syntax(reason: string, cause?: unknown): EmError {
    return new EmError('invalid-body', `Invalid JSON body: ${reason}. Expected a ${this.#schemaName} object.`, cause === undefined ? {} : { cause });
  }

  #unexpected(token: ParsedTokenInfo): EmError {
    return this.#syntax(`unexpected ${TokenType[token.token]} at byte ${token.offset}`);
  }

  /** Hands `token` and the rest of its value to a TokenParser; `then` gets the whole value. */
  #assemble(token: ParsedTokenInfo, then: (value: unknown) => void): void {
    const parser = new TokenParser({ paths: ['$'] });
    parser.onValue = ({ value }) => {
      this.#assembled = { value };
    };
    this.#parser = parser;
    this.#then = then;
    this.#at = At.Assembling;
    this.#feed(token);
  }

  #feed(token: ParsedTokenInfo): void {
    this.#parser!.write(token);
    const assembled = this.#assembled;
    if (assembled === undefined) return;
    this.#assembled = undefined;
    this.#parser = undefined;
    this.#then(assembled.value);
  }

  #item(value: unknown): void {
    const index = this.#items++;
    this.#nodes = 0;
    this.#values = 0;
    const form = this.#form!;
    this.#onItem(normalize(form.item, value, `${this.#schemaName}.${form.property}[${index}]`));
  }

  #token(token: ParsedTokenInfo): void {
    const type = token.token;
    // A TokenParser builds every object and array it sees; the node limit bounds what one item (or the other fields) costs.
    if ((type === TokenType.LEFT_BRACE || type === TokenType.LEFT_BRACKET) && ++this.#nodes > this.#limits.maxNodes) throw tooManyJsonNodes(this.#limits);
    if (type === TokenType.COMMA && ++this.#values > this.#limits.maxValues) throw tooManyJsonValues(this.#limits);
    switch (this.#at) {
      case At.Assembling:
        this.#feed(token);
        return;
      case At.Root:
        if (type !== TokenType.LEFT_BRACE) {
          throw invalid(this.#schemaName, `an object (${this.#schemaName})`, type === TokenType.LEFT_BRACKET ? [] : token.value);
        }
        this.#at = At.Key;
        this.#afterComma = false;
        return;
      case At.Key:
        if (type === TokenType.STRING) {
          this.#key = token.value as string;
          this.#at = At.Colon;
          return;
        }
        if (type === TokenType.RIGHT_BRACE && !this.#afterComma) {
          this.#at = At.Done;
          return;
        }
        break;
      case At.Colon:
        if (type === TokenType.COLON) {
          this.#at = At.Value;
          return;
        }
        break;
      case At.Value:
        this.#form ??= this.#forms.find((form) => form.property === this.#key);
        if (this.#key !== this.#form?.property) {
          const key = this.#key;
          this.#assemble(token, (value) => {
            this.#fields[key] = value;
            this.#at = At.RootComma;
          });
          return;
        }
        // JSON.parse keeps the last of two equal keys, but the first one's items would already be out.
        if (this.#seenCollection) throw this.#syntax(`the key ${JSON.stringify(this.#key)} appears twice`);
        this.#seenCollection = true;
        if (type === TokenType.LEFT_BRACKET) {
          this.#at = At.FirstItem;
        } else if (type === TokenType.NULL) {
          this.#at = At.RootComma; // EM's empty collection
        } else {
          // A lone item where the array belongs reads as a one-item array, as in decodeJson.
          this.#assemble(token, (value) => {
            this.#item(value);
            this.#at = At.RootComma;
          });
        }
        return;
      case At.RootComma:
        if (type === TokenType.COMMA) {
          this.#at = At.Key;
          this.#afterComma = true;
          return;
        }
        if (type === TokenType.RIGHT_BRACE) {
          this.#at = At.Done;
          return;
        }
        break;
      case At.FirstItem:
      case At.Item:
        if (type === TokenType.RIGHT_BRACKET && this.#at === At.FirstItem) {
          this.#at = At.RootComma;
          return;
        }
        if (type !== TokenType.RIGHT_BRACKET && type !== TokenType.RIGHT_BRACE && type !== TokenType.COMMA && type !== TokenType.COLON) {
          this.#assemble(token, (value) => {
            this.#item(value);
            this.#at = At.ItemComma;
          });
          return;
        }
        break;
      case At.ItemComma:
        if (type === TokenType.COMMA) {
          this.#at = At.Item;
          return;
        }
        if (type === TokenType.RIGHT_BRACKET) {
          this.#at = At.RootComma;
          return;
        }
        break;
      case At.Done:
        throw this.#syntax(`content after the JSON value at byte ${token.offset}`);
    }
    throw this.#unexpected(token);
  }
}
