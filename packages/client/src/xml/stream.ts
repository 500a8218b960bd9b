// XML read as it arrives, by @vbem/codec's scanner and decoder (the same engine as every whole body it reads): the items
// of the root's array property (EntityReferences.Refs) are handed over as each one closes and never kept.
import type { XmlStream } from '@vbem/codec';
import { streamXmlWithCodec } from '../codec.ts';
import { DEFAULT_LIMITS, type DecodeLimits } from '../limits.ts';

export class XmlStreamDecoder {
  readonly #stream: XmlStream;
  readonly #onItem: (item: Record<string, unknown>) => void;

  constructor(schemaName: string, onItem: (item: Record<string, unknown>) => void, limits: DecodeLimits = DEFAULT_LIMITS) {
    this.#stream = streamXmlWithCodec(schemaName, limits);
    this.#onItem = onItem;
  }

  write(text: string): void {
    for (const item of this.#stream.write(text)) this.#onItem(item as Record<string, unknown>);
  }

  end(): void {
    for (const item of this.#stream.end().items) this.#onItem(item as Record<string, unknown>);
  }
}
