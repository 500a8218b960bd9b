// Which requests the inventory answers instead of Prism, built on first use so that the mock starts at once.
import type { EmErrorAnswer } from '../em-error.ts';
import type { Format } from '../negotiate.ts';
import type { Operation } from '../operations.ts';
import { Inventory, type InventoryOptions } from './inventory.ts';
import { QueryService } from './query.ts';
import { answerResource, isInventoryPath } from './resources.ts';

const isQuery = (operation: Operation): boolean => operation.method === 'GET' && operation.path === '/query';

export class InventoryServer {
  readonly #options: InventoryOptions;
  #inventory: Inventory | undefined;
  #queries: QueryService | undefined;

  constructor(options: InventoryOptions) {
    this.#options = options;
  }

  /** The inventory, generated now if it was not yet. */
  get inventory(): Inventory {
    return (this.#inventory ??= new Inventory(this.#options));
  }

  /**
   * Whether the inventory answers this operation: `GET /query` always (Prism cannot), and GET of an inventory
   * resource unless Prism generates bodies (dynamic mode or `Prefer: dynamic=true`).
   */
  serves(operation: Operation, dynamic: boolean): boolean {
    return isQuery(operation) || (!dynamic && isInventoryPath(operation));
  }

  /** The answer, or undefined for Prism; `rebased` when its Hrefs are already under `base`. */
  answer(operation: Operation, segments: string[], search: string, format: Format, base: string): (EmErrorAnswer & { rebased?: boolean }) | undefined {
    if (isQuery(operation)) return (this.#queries ??= new QueryService(this.inventory)).answer(search, format, base);
    return answerResource(this.inventory, operation, segments, search, format);
  }
}
