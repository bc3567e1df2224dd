/**
 * A selector is data: one alternative per layout the site has shipped, newest first, each with the date it was
 * seen and where its shape comes from, so a failing layer can be traced and the reading can say which one matched.
 */
export interface SelectorLayer {
  /** Short id reported in PageReading.layers, e.g. "log-2026". */
  id: string;
  selector: string;
  /** When this shape was observed (YYYY-MM or YYYY-MM-DD). */
  seen: string;
  /** Where the shape comes from and why it is here. */
  source: string;
}

export interface LayerMatch<L extends SelectorLayer = SelectorLayer> {
  element: Element;
  layer: L;
  /** Index in its table: 0 is the primary layer, anything else a fallback. */
  rank: number;
}

/**
 * The first layer (in table order) with an element that `accept` takes; within a layer, the first accepted
 * element in document order.
 */
export function firstLayerMatch<L extends SelectorLayer>(
  root: ParentNode,
  layers: readonly L[],
  accept: (element: Element, layer: L) => boolean = () => true,
): LayerMatch<L> | null {
  for (const [rank, layer] of layers.entries()) {
    for (const element of Array.from(root.querySelectorAll(layer.selector))) {
      if (accept(element, layer)) return { element, layer, rank };
    }
  }
  return null;
}
