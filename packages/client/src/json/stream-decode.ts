// JSON read as it arrives, by the same assembler as every large JSON body (assembler.ts): the root object and its
// collection array are read structurally, so each item is handed over, normalised, as soon as it ends, and never kept.
// Where an answer has several forms (`Refs`, or `VmRestorePoints` with `format=Entity`), the first key of a form says
// which one arrives.
import { EmError } from '../errors.ts';
import type { CollectionForm } from '../descriptor.ts';
import { DEFAULT_LIMITS, type DecodeLimits } from '../limits.ts';
import { invalid, normalize } from '../normalize.ts';
import { JsonAssembler } from './assembler.ts';

export class JsonStreamDecoder {
  readonly #schemaName: string;
  readonly #forms: readonly CollectionForm[];
  readonly #assembler: JsonAssembler;
  readonly #limits: DecodeLimits;
  readonly #onItem: (item: Record<string, unknown>) => void;
  /** The form that arrives, once a key of one has been read. */
  #form: CollectionForm | undefined;
  #seenCollection = false;

  /** `schemaName` names the whole answer in messages; `forms` are what it may be. */
  constructor(schemaName: string, forms: readonly CollectionForm[], onItem: (item: Record<string, unknown>) => void, limits: DecodeLimits = DEFAULT_LIMITS) {
    this.#schemaName = schemaName;
    this.#forms = forms;
    this.#limits = limits;
    this.#onItem = onItem;
    this.#assembler = new JsonAssembler(schemaName, limits, {
      keys: new Set(forms.map((form) => form.property)),
      onKey: (key) => {
        this.#form ??= forms.find((form) => form.property === key);
        if (key !== this.#form?.property) return;
        // JSON.parse keeps the last of two equal keys, but the first one's items would already be out.
        if (this.#seenCollection) throw this.#syntax(`the key ${JSON.stringify(key)} appears twice`);
        this.#seenCollection = true;
      },
      onItem: (key, item, index) => {
        // Only the arriving form's items are handed over; another form's, like any key its schema does not know, are not read.
        const form = this.#form!;
        if (key !== form.property) return;
        onItem(normalize(form.item, item, `${schemaName}.${form.property}[${index}]`, limits));
      },
    });
  }

  write(text: string): void {
    this.#assembler.write(text);
  }

  /** Ends the body: checks it was one whole JSON object, and the root's other fields. */
  end(): void {
    const root = this.#assembler.end();
    if (root === null || typeof root !== 'object' || Array.isArray(root)) throw invalid(this.#schemaName, `an object (${this.#schemaName})`, root);
    const fields = root as Record<string, unknown>;
    // No key of a form at all: an empty collection where there is one form (as decodeJson reads it); where there are
    // several, the whole answer is read as decodeJson reads it, which refuses a body that is none of them.
    const form = this.#form ?? (this.#forms.length === 1 ? this.#forms[0] : undefined);
    if (!form) {
      normalize(this.#schemaName, fields, this.#schemaName, this.#limits);
      return;
    }
    const collection = fields[form.property];
    normalize(form.schema, { ...fields, [form.property]: [] }, this.#schemaName, this.#limits);
    // Streamed, the array arrives empty here; a lone item where the array belongs reads as a one-item array, as in decodeJson.
    if (collection === null || collection === undefined || Array.isArray(collection)) return;
    this.#onItem(normalize(form.item, collection, `${this.#schemaName}.${form.property}[0]`, this.#limits));
  }

  #syntax(reason: string): EmError {
    return new EmError('invalid-body', `Invalid JSON body: ${reason}. Expected a ${this.#schemaName} object.`);
  }
}
