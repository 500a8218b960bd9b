// The scanner's events as a light element tree: what the decoder walks. Whitespace between child elements is dropped.
import type { XmlHandler } from './scanner.ts';

export interface XmlElement {
  ns: string | undefined;
  local: string;
  /** Flat: namespace ('' for none), local name, value, and so on. */
  attributes: string[] | undefined;
  children: XmlElement[] | undefined;
  /** The character data directly inside, in order (CDATA included). */
  text: string;
  /** A CDATA section was part of the text. */
  cdata: boolean;
  /** Text and child elements in document order, kept only when both are content (mixed content). */
  content: (XmlElement | string)[] | undefined;
  /** The text so far is layout only: raw whitespace, no CDATA, no references (dropped once a child or CDATA comes). */
  soft: boolean;
}

const BLANK = /^[ \t\n\r]*$/;

/**
 * Builds the tree. With `release`, an element it accepts is handed over when it closes and not kept in its parent:
 * streaming keeps only the items not yet taken.
 */
export class TreeBuilder implements XmlHandler {
  root: XmlElement | undefined;
  private readonly stack: XmlElement[] = [];

  constructor(private readonly release?: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean) {}

  open(ns: string | undefined, local: string, attributes: string[] | undefined): void {
    const element: XmlElement = { ns, local, attributes, children: undefined, text: '', cdata: false, soft: true, content: undefined };
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      if (parent.children === undefined) {
        parent.children = [];
        // Indentation before the first child is not content.
        if (parent.soft) parent.text = '';
        else if (parent.text !== '') parent.content = [parent.text];
      }
      parent.children.push(element);
      parent.content?.push(element);
    } else this.root = element;
    this.stack.push(element);
  }

  text(text: string, cdata: boolean, literal: boolean): void {
    const top = this.stack[this.stack.length - 1]!;
    const layout = !cdata && !literal && BLANK.test(text);
    // Whitespace between child elements, or around a CDATA section, is layout.
    if (layout && (top.children !== undefined || top.cdata)) return;
    if (!layout && top.soft) {
      if (top.text !== '' && (cdata || top.children !== undefined)) top.text = '';
      top.soft = false;
    }
    if (cdata) top.cdata = true;
    if (!layout && top.children !== undefined) {
      top.content ??= [...top.children];
      const last = top.content[top.content.length - 1];
      if (typeof last === 'string') top.content[top.content.length - 1] = last + text;
      else top.content.push(text);
    }
    top.text = top.text === '' ? text : top.text + text;
  }

  close(): void {
    const element = this.stack.pop()!;
    const parent = this.stack[this.stack.length - 1];
    if (parent && this.release?.(element, this.stack)) parent.children!.pop();
  }
}
