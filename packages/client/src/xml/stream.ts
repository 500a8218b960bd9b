// XML read as it arrives, by @vbem/codec's scanner and decoder (the same engine as every whole body it reads): the items
// of the root's array property (EntityReferences.Refs) are handed over as each one closes and never kept. Where an answer
// has several forms (references, or entities with `format=Entity`), its root element says which one is arriving.
import type { XmlStream } from '@vbem/codec';
import { streamXmlWithCodec } from '../codec.ts';
import type { CollectionForm } from '../descriptor.ts';
import { DEFAULT_LIMITS, type DecodeLimits } from '../limits.ts';

// The prolog (BOM, XML declaration, comments, processing instructions), then the root's name, local part captured.
const ROOT = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/;
/** Past this much text without a root element in sight, the first form's decoder reads it (and words the error). */
const MAX_PROLOG = 64 * 1024;

export class XmlStreamDecoder {
  readonly #forms: readonly CollectionForm[];
  readonly #onItem: (item: Record<string, unknown>) => void;
  readonly #limits: DecodeLimits;
  #stream: XmlStream | undefined;
  #pending = '';

  constructor(forms: readonly CollectionForm[], onItem: (item: Record<string, unknown>) => void, limits: DecodeLimits = DEFAULT_LIMITS) {
    this.#forms = forms;
    this.#onItem = onItem;
    this.#limits = limits;
    if (forms.length === 1) this.#stream = streamXmlWithCodec(forms[0]!.schema, limits);
  }

  write(text: string): void {
    if (this.#stream === undefined) {
      this.#pending += text;
      const root = ROOT.exec(this.#pending)?.[1];
      if (root === undefined && this.#pending.length < MAX_PROLOG) return;
      text = this.#start(root);
    }
    for (const item of this.#stream!.write(text)) this.#onItem(item as Record<string, unknown>);
  }

  end(): void {
    if (this.#stream === undefined) this.write(this.#start(ROOT.exec(this.#pending)?.[1]));
    for (const item of this.#stream!.end().items) this.#onItem(item as Record<string, unknown>);
  }

  /** Opens the decoder of the form whose root arrived (an unknown root goes to the first, which refuses it); returns the text held. */
  #start(root: string | undefined): string {
    const form = this.#forms.find((f) => f.root === root) ?? this.#forms[0]!;
    this.#stream = streamXmlWithCodec(form.schema, this.#limits);
    const held = this.#pending;
    this.#pending = '';
    return held;
  }
}
