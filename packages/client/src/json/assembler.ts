// A JSON body decoded from pieces of its text, for bodies too large to hold as text and value at once. Written by hand
// because JavaScript streaming JSON parsers build every value token by token (@streamparser/json took 1.6× the time of
// JSON.parse for a 64 MiB body, and its garbage doubled the peak memory): here every value that closes within WINDOW
// characters goes to JSON.parse whole, and only a container larger than that (a large answer's collection, its wrappers)
// is walked structurally, one member or item at a time.
import { echo, EmError } from '../errors.ts';
import { type DecodeLimits, tooManyJsonNodes, tooManyJsonValues } from '../limits.ts';

/** A value closing within this many characters is parsed whole by JSON.parse; a larger container is opened. */
const WINDOW = 256 * 1024;

const enum Expect {
  Value,
  /** After `[`: a value, or `]`. */
  ItemOrEnd,
  /** After `{`: a key, or `}`. */
  KeyOrEnd,
  /** After `,` in an object. */
  Key,
  Colon,
  CommaOrEnd,
  Done,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A container opened structurally: its value so far, and the key its next member goes under. */
interface Open {
  value: Record<string, unknown> | unknown[];
  array: boolean;
  key: string;
  /** A streamed collection: the root key it stands under, and how many items went out. */
  streamed?: { key: string; count: number };
}

/** Streaming: the arrays under these keys of the root object are handed over item by item as they end, never kept. */
export interface JsonItems {
  keys: ReadonlySet<string>;
  /** An item of the array under `key` (the decoding limits then start again: they bound one item). */
  onItem(key: string, item: unknown, index: number): void;
  /** A key of the root object, read before its value. */
  onKey(key: string): void;
}

/** Where a scan for the end of a value stands, kept between pieces so that no character is scanned twice. */
interface Scan {
  at: number;
  depth: number;
  inString: boolean;
  /** The previous character was a backslash inside a string. */
  escaped: boolean;
  nodes: number;
  values: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
// What ends a number, `true`, `false` or `null`.
const isDelimiter = (c: number): boolean => c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c);

/** Assembles one JSON value from pieces of its text, as JSON.parse would from the whole; errors worded for `schemaName`. */
export class JsonAssembler {
  readonly #schemaName: string;
  readonly #limits: DecodeLimits;
  #buf = '';
  #pos = 0;
  /** Characters dropped from the front of the text so far (for positions in messages). */
  #dropped = 0;
  readonly #stack: Open[] = [];
  #expect = Expect.Value;
  #root: { value: unknown } | undefined;
  /** The scan of the value starting at #pos, if one is under way. */
  #scan: Scan | undefined;
  /** A string or scalar longer than WINDOW, gathered in parts while its end is looked for. */
  #long: string[] | undefined;
  #started = false;
  #nodes = 0;
  #values = 0;

  readonly #items: JsonItems | undefined;

  /** With `items`, the root object and its arrays under `items.keys` are read structurally from their first character. */
  constructor(schemaName: string, limits: DecodeLimits, items?: JsonItems) {
    this.#schemaName = schemaName;
    this.#limits = limits;
    this.#items = items;
  }

  write(text: string): void {
    if (!this.#started && text !== '') {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.#long) {
      const end = this.#scanTo(text, 0);
      if (end < 0) {
        this.#long.push(text);
        return;
      }
      const whole = this.#long.join('') + text.slice(0, end);
      this.#long = undefined;
      this.#scan = undefined;
      this.#dropped += whole.length;
      this.#place(this.#parse(whole, this.#dropped - whole.length));
      this.#buf = text.slice(end);
      this.#pos = 0;
    } else {
      // Only the unread part is kept (the slice is copied when the next character is read, so the old text goes).
      this.#dropped += this.#pos;
      if (this.#scan) this.#scan.at -= this.#pos;
      this.#buf = this.#buf.slice(this.#pos) + text;
      this.#pos = 0;
    }
    this.#run(false);
  }

  /** Ends the text: the value, as JSON.parse gives it. */
  end(): unknown {
    if (this.#long) throw this.#ended();
    this.#run(true);
    if (this.#root === undefined) throw this.#ended();
    return this.#root.value;
  }

  #run(final: boolean): void {
    const buf = this.#buf;
    for (;;) {
      let pos = this.#pos;
      while (pos < buf.length && isSpace(buf.charCodeAt(pos))) pos++;
      this.#pos = pos;
      if (pos >= buf.length) return;
      const c = buf.charCodeAt(pos);
      switch (this.#expect) {
        case Expect.Done:
          throw this.#syntax(`content after the JSON value at character ${this.#dropped + pos}`);
        case Expect.ItemOrEnd:
        case Expect.Value:
          if (this.#expect === Expect.ItemOrEnd && c === 0x5d /* ] */) this.#close();
          else if (!this.#value(c, final)) return;
          continue;
        case Expect.KeyOrEnd:
        case Expect.Key: {
          if (this.#expect === Expect.KeyOrEnd && c === 0x7d /* } */) {
            this.#close();
            continue;
          }
          if (c !== QUOTE) throw this.#unexpected(c, 'a key in quotes');
          const end = this.#end(pos, final);
          if (end < 0) return;
          this.#scan = undefined;
          const key = this.#parse(buf.slice(pos, end), this.#dropped + pos) as string;
          this.#stack[this.#stack.length - 1]!.key = key;
          this.#pos = end;
          this.#expect = Expect.Colon;
          if (this.#stack.length === 1) this.#items?.onKey(key);
          continue;
        }
        case Expect.Colon:
          if (c !== 0x3a /* : */) throw this.#unexpected(c, '":"');
          this.#pos = pos + 1;
          this.#expect = Expect.Value;
          continue;
        case Expect.CommaOrEnd: {
          const top = this.#stack[this.#stack.length - 1]!;
          if (c === 0x2c /* , */) {
            if (++this.#values > this.#limits.maxValues) throw tooManyJsonValues(this.#limits);
            this.#pos = pos + 1;
            this.#expect = top.array ? Expect.Value : Expect.Key;
          } else if (c === (top.array ? 0x5d : 0x7d)) this.#close();
          else throw this.#unexpected(c, top.array ? '"," or "]"' : '"," or "}"');
          continue;
        }
      }
    }
  }

  /** Reads the value at #pos: whole when it ends in the text (or an object or array within WINDOW), else opened. False: wait for more text. */
  #value(c: number, final: boolean): boolean {
    const buf = this.#buf;
    const pos = this.#pos;
    const container = c === 0x7b /* { */ || c === 0x5b; /* [ */
    if (isDelimiter(c) || c === 0x3a /* : */) throw this.#unexpected(c, 'a value');
    if (container && this.#streams(c)) return this.#open(c);
    const end = this.#end(pos, final);
    if (end >= 0) {
      const scan = this.#scan;
      this.#scan = undefined;
      if (container) {
        if ((this.#nodes += scan!.nodes) > this.#limits.maxNodes) throw tooManyJsonNodes(this.#limits);
        if ((this.#values += scan!.values) > this.#limits.maxValues) throw tooManyJsonValues(this.#limits);
      }
      this.#place(this.#parse(buf.slice(pos, end), this.#dropped + pos));
      this.#pos = end;
      return true;
    }
    if (buf.length - pos <= WINDOW) return false;
    if (c !== QUOTE && !container) throw this.#syntax(`a number or literal at character ${this.#dropped + pos} runs past ${WINDOW} characters`);
    if (!container) {
      // A string longer than WINDOW: gathered in parts, its end looked for in each new piece.
      this.#long = [buf.slice(pos)];
      this.#dropped += pos;
      this.#buf = '';
      this.#pos = 0;
      return false;
    }
    // An object or array larger than WINDOW: opened, its members read one by one.
    return this.#open(c);
  }

  /** Whether the container starting with `c` here is one that streaming reads structurally: the root object, or a collection under it. */
  #streams(c: number): boolean {
    const items = this.#items;
    if (items === undefined) return false;
    if (this.#stack.length === 0) return c === 0x7b;
    const top = this.#stack[0]!;
    return this.#stack.length === 1 && c === 0x5b && items.keys.has(top.key);
  }

  #open(c: number): boolean {
    this.#scan = undefined;
    if (++this.#nodes > this.#limits.maxNodes) throw tooManyJsonNodes(this.#limits);
    const array = c === 0x5b;
    const parent = this.#stack[this.#stack.length - 1];
    const streamed = array && parent !== undefined && this.#stack.length === 1 && this.#items?.keys.has(parent.key) ? { key: parent.key, count: 0 } : undefined;
    this.#stack.push({ value: array ? [] : Object.create(null), array, key: '', ...(streamed ? { streamed } : {}) });
    this.#expect = array ? Expect.ItemOrEnd : Expect.KeyOrEnd;
    this.#pos++;
    return true;
  }

  /** Where the value (or key) starting at `pos` ends, after its last character; -1 while it has not ended in the text. */
  #end(pos: number, final: boolean): number {
    const buf = this.#buf;
    const c = buf.charCodeAt(pos);
    if (c === QUOTE || c === 0x7b || c === 0x5b) {
      this.#scan ??= { at: pos, depth: 0, inString: false, escaped: false, nodes: 0, values: 0 };
      const end = this.#scanTo(buf, this.#scan.at);
      if (end < 0 && final) throw this.#ended();
      return end;
    }
    let end = pos;
    while (end < buf.length && !isDelimiter(buf.charCodeAt(end))) end++;
    // A number at the end of the text may go on in the next piece.
    return end < buf.length || final ? end : -1;
  }

  /** Continues #scan over `text` from `from`: the index after the value's end, or -1 (the scan's state kept). */
  #scanTo(text: string, from: number): number {
    const scan = this.#scan!;
    let { depth, inString, escaped, nodes, values } = scan;
    let i = from;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 0) break;
        }
        continue;
      }
      if (c === QUOTE) inString = true;
      else if (c === 0x7b || c === 0x5b) {
        depth++;
        nodes++;
      } else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) break;
      } else if (c === 0x2c) values++;
    }
    Object.assign(scan, { at: i, depth, inString, escaped, nodes, values });
    if (i < text.length) return i + 1;
    // The limits hold while a value is still arriving, not only once it has.
    if (this.#nodes + nodes > this.#limits.maxNodes) throw tooManyJsonNodes(this.#limits);
    if (this.#values + values > this.#limits.maxValues) throw tooManyJsonValues(this.#limits);
    return -1;
  }

  #place(value: unknown): void {
    const top = this.#stack[this.#stack.length - 1];
    if (top === undefined) {
      this.#root = { value };
      this.#expect = Expect.Done;
      return;
    }
    if (top.streamed) {
      this.#items!.onItem(top.streamed.key, value, top.streamed.count++);
      this.#nodes = 0;
      this.#values = 0;
    } else if (top.array) (top.value as unknown[]).push(value);
    else (top.value as Record<string, unknown>)[top.key] = value;
    this.#expect = Expect.CommaOrEnd;
  }

  #close(): void {
    const open = this.#stack.pop()!;
    this.#pos++;
    // Objects were built without a prototype (a `__proto__` key is a plain key); given one now, as JSON.parse's have.
    this.#place(open.array ? open.value : Object.setPrototypeOf(open.value, Object.prototype));
  }

  #parse(text: string, at: number): unknown {
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw this.#syntax(`${echo(String((cause as Error).message).replace(/\.$/, ''))} (in the value at character ${at})`, cause);
    }
  }

  #ended(): EmError {
    return this.#syntax(this.#started ? 'the body ended before the JSON value did' : 'the body is empty');
  }

  #unexpected(c: number, expected: string): EmError {
    return this.#syntax(`unexpected ${echo(JSON.stringify(String.fromCharCode(c)))} at character ${this.#dropped + this.#pos}, expected ${expected}`);
  }

  #syntax(reason: string, cause?: unknown): EmError {
    return new EmError('invalid-body', `Invalid JSON body: ${reason}. Expected a ${this.#schemaName} object.`, cause === undefined ? {} : { cause });
  }
}
