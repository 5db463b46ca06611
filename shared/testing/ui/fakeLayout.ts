// jsdom lays nothing out: give scroll containers a height and lines a size so the
// virtualised transcript renders a window of lines as a browser would.
const LINE_PX = 56;
const VIEWPORT_PX = 560;

export function installFakeLayout(): () => void {
  const proto = HTMLElement.prototype;
  const saved = {
    clientHeight: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
    scrollTop: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop'),
    offsetHeight: Object.getOwnPropertyDescriptor(proto, 'offsetHeight'),
    scrollHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight'),
    scrollTo: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo'),
  };
  const scrollTops = new WeakMap<Element, number>();
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => VIEWPORT_PX });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => 400 });
  Object.defineProperty(Element.prototype, 'scrollTop', {
    configurable: true,
    get(this: Element) {
      return scrollTops.get(this) ?? 0;
    },
    set(this: Element, value: number) {
      scrollTops.set(this, value);
      setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
    },
  });
  Element.prototype.scrollTo = function scrollTo(
    this: Element,
    options?: ScrollToOptions | number,
  ) {
    const top = typeof options === 'object' ? options.top : undefined;
    if (top !== undefined) scrollTops.set(this, top);
    // Browsers report scrolling after the call returns, never inside it.
    setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
  };
  // Tall enough that no scroll position is clamped.
  Object.defineProperty(Element.prototype, 'scrollHeight', {
    configurable: true,
    get: () => 10_000_000,
  });
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-index') ? LINE_PX : 0;
    },
  });
  return () => {
    for (const [name, descriptor] of [
      ['clientHeight', saved.clientHeight],
      ['clientWidth', saved.clientWidth],
      ['offsetHeight', saved.offsetHeight],
    ] as const) {
      if (descriptor === undefined) Reflect.deleteProperty(proto, name);
      else Object.defineProperty(proto, name, descriptor);
    }
    if (saved.scrollHeight !== undefined)
      Object.defineProperty(Element.prototype, 'scrollHeight', saved.scrollHeight);
    if (saved.scrollTop !== undefined)
      Object.defineProperty(Element.prototype, 'scrollTop', saved.scrollTop);
    if (saved.scrollTo !== undefined)
      Object.defineProperty(Element.prototype, 'scrollTo', saved.scrollTo);
  };
}
