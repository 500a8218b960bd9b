// A whole document decoded from the scanner's events, without its element tree: object elements and array wrappers are
// read as they arrive, each child decoded as it closes and then dropped, so only the value is kept (building and keeping
// the tree of a large body was most of the codec's time, in the garbage collector). Anything else — a scalar, a union, a
// tuple, an object with a text field, a schema-less value — is gathered as a small tree and read by decode.ts when it
// closes. The answer, value or first error, is the tree decoder's: children are read in document order as it reads them,
// and an error found while scanning is kept until the scanner has seen the whole text, so a malformed document is still
// reported as malformed first.
import type { ArrayModel, Field, Model, Root } from '../model/types.ts';
import type { Context } from '../options.ts';
import { invalid } from '../errors.ts';
import { checkRootName, type Child, decodeRoot, isNil, label, objectChild, objectEnd, objectPut, objectStart, type ObjectState, readsWithoutTree, value } from './decode.ts';
import type { XmlHandler } from './scanner.ts';
import { TreeBuilder } from './tree.ts';

const OBJECT = 0;
const ARRAY = 1;
/** Gathered as a tree (by `tree`), read when it closes. */
const TREE = 2;
/** Not part of the value (an unknown element), or `xsi:nil` (`nil`). */
const SKIP = 3;

interface Frame {
  kind: number;
  /** What the parent object makes of this element (undefined under an array or at the root). */
  child: Child | undefined;
  state: ObjectState | undefined;
  /** An array wrapper: its model, item name and items so far. */
  array: ArrayModel | undefined;
  item: Field['item'];
  items: unknown[] | undefined;
  tree: TreeBuilder | undefined;
  /** Elements open inside a TREE or SKIP frame. */
  depth: number;
  model: Model | undefined;
  nullable: boolean;
  path: string;
  nil: boolean;
  ns: string | undefined;
}

export class EventDecoder implements XmlHandler {
  private readonly frames: Frame[] = [];
  private value: unknown;
  private error: unknown;
  private failed = false;

  constructor(
    private readonly root: Root,
    private readonly context: Context,
    private readonly path = root.component,
  ) {}

  /** The document's value, or the first error it holds (call after the scanner's end). */
  result(): unknown {
    if (this.failed) throw this.error;
    return this.value;
  }

  open(ns: string | undefined, local: string, attributes: string[] | undefined): void {
    if (this.failed) return;
    try {
      this.enter(ns, local, attributes);
    } catch (error) {
      this.fail(error);
    }
  }

  text(text: string, cdata: boolean, literal: boolean): void {
    if (this.failed) return;
    const top = this.frames[this.frames.length - 1];
    // Objects without a text field and arrays read no text, as the tree decoder does not.
    if (top !== undefined && top.kind === TREE) top.tree!.text(text, cdata, literal);
  }

  ignoresLayout(): boolean {
    // Only a gathered tree tells layout from content.
    return this.failed || this.frames.length === 0 || this.frames[this.frames.length - 1]!.kind !== TREE;
  }

  close(): void {
    if (this.failed) return;
    try {
      this.leave();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.error = error;
    this.frames.length = 0;
  }

  private enter(ns: string | undefined, local: string, attributes: string[] | undefined): void {
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) return this.enterRoot(ns, local, attributes);
    switch (top.kind) {
      case TREE:
        top.depth++;
        top.tree!.open(ns, local, attributes);
        return;
      case SKIP:
        top.depth++;
        return;
      case OBJECT: {
        const child = objectChild(top.state!, ns, local, this.context);
        switch (child.kind) {
          case 'skip':
            this.push(SKIP, child, ns, undefined, false, '', undefined);
            return;
          case 'extra':
            return this.start(child, ns, local, attributes, top.state!.model.additional!, true, child.path, undefined);
          case 'item':
            return this.start(child, ns, local, attributes, child.model, child.nullable, child.path, undefined);
          case 'field':
            return this.start(child, ns, local, attributes, child.field.model, child.field.nullable, child.path, child.field.item);
        }
        return;
      }
      case ARRAY: {
        // As decode.ts reads an array's children: items by name; anything else ignored (named in strict mode).
        const item = top.item!;
        if (local !== item.name.local || (ns ?? '') !== ((item.name.ns ?? top.ns) ?? '')) {
          if (this.context.strict) this.context.unknown.push({ path: `${top.path}.<${local}>`, message: `the element ${label({ ns, local })} is not an item <${item.name.local}> of the array` });
          this.push(SKIP, undefined, ns, undefined, false, '', undefined);
          return;
        }
        return this.start(undefined, ns, local, attributes, top.array!.items, item.nullable, `${top.path}[${top.items!.length}]`, undefined);
      }
    }
  }

  private enterRoot(ns: string | undefined, local: string, attributes: string[] | undefined): void {
    const root = this.root;
    if (root.model.kind === 'union') {
      // Chosen by the root element among other things: read from the tree as decode.ts does.
      const frame = this.push(TREE, undefined, ns, undefined, root.nullable, this.path, undefined);
      frame.tree = new TreeBuilder();
      frame.tree.open(ns, local, attributes);
      return;
    }
    checkRootName(root, { ns, local }, this.path);
    this.start(undefined, ns, local, attributes, root.model, root.nullable, this.path, root.item);
  }

  /** An element read as `model` (value() of decode.ts, as events). */
  private start(child: Child | undefined, ns: string | undefined, local: string, attributes: string[] | undefined, model: Model, nullable: boolean, path: string, item: Field['item']): void {
    if (isNil(attributes)) {
      if (!nullable) throw invalid(path, 'a value (the schema does not allow null)', null);
      this.push(SKIP, child, ns, model, nullable, path, item).nil = true;
      return;
    }
    if (model.kind === 'object' && readsWithoutTree(model, ns)) {
      this.push(OBJECT, child, ns, model, nullable, path, item).state = objectStart(model, ns, attributes, path, this.context);
      return;
    }
    if (model.kind === 'array' && item !== undefined) {
      const frame = this.push(ARRAY, child, ns, model, nullable, path, item);
      frame.array = model;
      frame.items = [];
      return;
    }
    const frame = this.push(TREE, child, ns, model, nullable, path, item);
    frame.tree = new TreeBuilder();
    frame.tree.open(ns, local, attributes);
  }

  private push(kind: number, child: Child | undefined, ns: string | undefined, model: Model | undefined, nullable: boolean, path: string, item: Field['item']): Frame {
    const frame: Frame = { kind, child, state: undefined, array: undefined, item, items: undefined, tree: undefined, depth: 0, model, nullable, path, nil: false, ns };
    this.frames.push(frame);
    return frame;
  }

  private leave(): void {
    const frame = this.frames[this.frames.length - 1]!;
    let decoded: unknown;
    switch (frame.kind) {
      case TREE:
        frame.tree!.close();
        if (frame.depth-- > 0) return;
        decoded =
          this.frames.length === 1 && this.root.model.kind === 'union'
            ? decodeRoot(this.root, frame.tree!.root!, this.context, this.path)
            : value(frame.model!, frame.tree!.root!, frame.nullable, frame.path, this.context, frame.item);
        break;
      case SKIP:
        if (frame.depth-- > 0) return;
        if (!frame.nil) {
          this.frames.pop();
          return;
        }
        decoded = null;
        break;
      case OBJECT:
        decoded = objectEnd(frame.state!, undefined, this.context);
        break;
      case ARRAY:
        decoded = frame.items;
        break;
    }
    this.frames.pop();
    const parent = this.frames[this.frames.length - 1];
    // Only objects and arrays have frames as children (a tree or a skipped element keeps its own).
    if (parent === undefined) this.value = decoded;
    else if (parent.kind === OBJECT) objectPut(parent.state!, frame.child!, decoded, this.context);
    else parent.items!.push(decoded);
  }
}
