/**
 * What kind of page region an element sits in, from the page's own structure: HTML's sectioning
 * elements (<nav>, <header>, <footer>, <aside>) and the WAI-ARIA landmark and widget roles
 * (banner, navigation, complementary, contentinfo, search; menu, menubar, tablist, toolbar). Text in
 * such regions is chrome or context around a document, never the document itself.
 */
export type RegionKind = 'banner' | 'navigation' | 'aside' | 'footer';

const roleKinds: Record<string, RegionKind> = {
  banner: 'banner',
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  tablist: 'navigation',
  toolbar: 'navigation',
  search: 'navigation',
  complementary: 'aside',
  contentinfo: 'footer',
};
const tagKinds: Record<string, RegionKind> = { NAV: 'navigation', ASIDE: 'aside', FOOTER: 'footer', HEADER: 'banner' };

/** The landmark an element itself is, if any. A <header> inside an <article> heads that article only. */
export function landmarkOf(el: Element): RegionKind | undefined {
  const role = el.getAttribute('role');
  if (role && roleKinds[role]) return roleKinds[role];
  const kind = tagKinds[el.tagName];
  if (kind === 'banner' && el.parentElement?.closest('article, section, main')) return undefined;
  return kind;
}

/** The nearest landmark around an element (memoized per element for one reading of the page). */
export function landmarkFinder(): (el: Element) => RegionKind | undefined {
  const memo = new Map<Element, RegionKind | null>();
  const find = (el: Element | null): RegionKind | undefined => {
    if (!el) return undefined;
    const known = memo.get(el);
    if (known !== undefined) return known ?? undefined;
    const kind = landmarkOf(el) ?? find(el.parentElement);
    memo.set(el, kind ?? null);
    return kind;
  };
  return find;
}

/**
 * Whether an element is one item of a collection of several: an <li> of a list or a <tr> of a table
 * with 3 or more items (HTML: lists and tables group many like items, such as a day's schedule or
 * a task list). What such an item says is about that item, not about the encounter on screen.
 */
export function inCollection(el: Element): boolean {
  const item = el.closest('li, tr, [role=row], [role=listitem], [role=option]');
  if (!item?.parentElement) return false;
  return item.parentElement.children.length >= 3;
}

/**
 * Whether the page sets a line apart as a heading: heading or label markup (HTML h1-h6, b,
 * strong, dt, legend, caption, label, th; ARIA role=heading), bold type, or a block of its own
 * outside a table cell or list item (a section header bar). Table cells and list items are the
 * items of schedules and lists, not headings.
 */
export function emphasized(el: Element, line: string): boolean {
  if (el.closest('td, li')) return false;
  if (el.closest('h1, h2, h3, h4, h5, h6, [role=heading], b, strong, u, dt, legend, caption, label, th')) return true;
  if ((el.textContent ?? '').replace(/\s+/g, ' ').trim() === line) return true;
  const weight = Number(el.ownerDocument.defaultView?.getComputedStyle(el).fontWeight);
  return weight >= 600;
}
