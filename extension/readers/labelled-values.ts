/**
 * Label/value pairs as any screen shows them, read without knowing the site: a form control and
 * its label (HTML `label`, aria-label / aria-labelledby, title, placeholder, the cell or text just
 * before it), description lists (dt/dd), two-cell table rows (th/td) and "Label: value" text.
 * Nothing here writes to the page.
 */
export interface Labelled {
  /** The label as the screen shows it (trimmed, without its colon). */
  label: string;
  /** The label lower-cased with whitespace collapsed: what the synonym tables match. */
  key: string;
  value: string;
  /** The element showing the value: where a flag's marker goes. */
  el: Element;
}

const controls = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=checkbox]):not([type=radio]), select, textarea';
const inline = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'LABEL']);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A label as the synonym tables match it: lower-case, without its colon and without a "(hint)". */
export const labelKey = (label: string) =>
  squash(label.replace(/\([^)]*\)/g, ' '))
    .replace(/[:*]+$/, '')
    .trim()
    .toLowerCase();

/** What a control or element shows: a control's value (a select's value), else its text. */
export function shown(el: Element): string {
  if (el.matches('input, textarea')) return squash((el as HTMLInputElement).value);
  if (el.matches('select')) {
    const s = el as HTMLSelectElement;
    return squash(s.value || s.selectedOptions[0]?.textContent);
  }
  const inner = [...el.querySelectorAll(controls)];
  if (inner.length > 0) return inner.map(shown).filter(Boolean).join(' ');
  return squash(el.textContent);
}

export function isOurs(el: Element): boolean {
  return !!el.closest('chartside-overlay');
}

/** Every label/value pair in `root`, controls first (they are what a biller edits). */
export function labelledValues(root: ParentNode, skip: (el: Element) => boolean = () => false): Labelled[] {
  const out: Labelled[] = [];
  const add = (label: string | undefined, el: Element) => {
    const text = squash(label)
      .replace(/[:*]+$/, '')
      .trim();
    if (!text || text.length > 80 || skip(el) || isOurs(el)) return;
    out.push({ label: text, key: labelKey(text), value: shown(el), el });
  };
  for (const c of root.querySelectorAll(controls)) if (!skip(c)) add(controlLabel(c), c);
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') add(dt.textContent ?? '', dd);
  }
  for (const row of root.querySelectorAll('tr')) {
    if (skip(row)) continue;
    const cells = [...row.children];
    // Key/value rows: a header cell or a cell ending in ':' followed by its value cell.
    for (let i = 0; i + 1 < cells.length; i++) {
      const c = cells[i]!;
      if ((c.tagName === 'TH' || /:\s*$/.test(c.textContent ?? '')) && cells[i + 1]!.tagName === 'TD' && !c.querySelector(controls)) {
        add(c.textContent ?? '', cells[i + 1]!);
        i++;
      }
    }
  }
  // A table with a header row: each header labels the cell below it in the first body row (the
  // current coverage or plan listed first, as eligibility responses order them).
  for (const table of root.querySelectorAll('table')) {
    if (skip(table)) continue;
    const rows = [...table.querySelectorAll('tr')].filter((r) => r.closest('table') === table);
    const head = rows[0];
    if (rows.length < 2 || !head || head.children.length > 12 || [...head.children].some((c) => c.tagName !== 'TH')) continue;
    [...rows[1]!.children].forEach((cell, i) => head.children[i] && add(head.children[i]!.textContent ?? '', cell));
  }
  // "Label:" elements followed by a value element, and "Label: value" in one small element.
  for (const el of root.querySelectorAll('span, div, label, b, strong, p, li, small, em, td')) {
    if (el.children.length > 2 || skip(el) || el.querySelector(controls)) continue;
    const text = squash(el.textContent);
    if (text.length > 120) continue;
    const next = el.nextElementSibling;
    // A caption element (a <label> tied to no control, or a class naming it a label) labels its next sibling.
    const caption =
      /^[^:]{1,60}:$/.test(text) || (((el.tagName === 'LABEL' && !el.getAttribute('for')) || /label|caption/i.test(el.className)) && text.length <= 60);
    if (caption && next && !next.matches(controls) && next.children.length <= 3 && squash(next.textContent)) add(text, next);
    else if ([...el.children].every((c) => inline.has(c.tagName)) && /^[^:]{1,60}:\s+[^:]+$/.test(text)) {
      const at = text.indexOf(':');
      out.push({ label: text.slice(0, at).trim(), key: labelKey(text.slice(0, at)), value: text.slice(at + 1).trim(), el });
    } else if (el.firstChild === el.firstElementChild && el.children.length === 1 && inline.has(el.firstElementChild!.tagName)) {
      // A small caption before its value: <div><span>Payer</span>Aetna</div>.
      const label = squash(el.firstElementChild!.textContent);
      const value = squash(text.slice(label.length));
      if (label && value && label.length <= 60 && !el.firstElementChild!.children.length) {
        out.push({ label: label.replace(/:$/, ''), key: labelKey(label), value, el });
      }
    }
  }
  // The same pair found twice (a "Label:" span and its row): keep the innermost element.
  return out.filter((p) => !out.some((q) => q !== p && q.key === p.key && q.value === p.value && p.el !== q.el && p.el.contains(q.el)));
}

/** The label a user sees for a control. */
export function controlLabel(c: Element): string | undefined {
  const doc = c.ownerDocument;
  if (c.id) {
    const forLabel = doc.querySelector(`label[for="${CSS.escape(c.id)}"]`);
    if (forLabel) return forLabel.textContent ?? undefined;
  }
  const wrap = c.closest('label');
  if (wrap)
    return [...wrap.childNodes]
      .filter((n) => n !== c && !(n instanceof Element && n.matches(controls)))
      .map((n) => n.textContent)
      .join(' ');
  const aria = c.getAttribute('aria-label');
  if (aria) return aria;
  const by = c.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
  const title = c.getAttribute('title');
  if (title) return title;
  // The text just before the control in its cell or block ("NPI: [______]").
  const prev = c.previousElementSibling;
  if (prev && !prev.matches(controls) && squash(prev.textContent)) return prev.textContent ?? undefined;
  const cell = c.closest('td, [role=cell], [role=gridcell]');
  const before = cell?.previousElementSibling;
  if (before && !before.querySelector(controls)) return before.textContent ?? undefined;
  // A form-field wrapper holding one control and its caption (component libraries' text fields).
  let box = c.parentElement;
  for (let i = 0; i < 3 && box; i++, box = box.parentElement) {
    if (box.querySelectorAll(controls).length > 1) break;
    const caption = box.querySelector('label, legend, [class*=label], [class*=Label]');
    if (caption && !caption.contains(c) && squash(caption.textContent)) return caption.textContent ?? undefined;
  }
  const placeholder = c.getAttribute('placeholder');
  if (placeholder) return placeholder;
  // Last resort: the control's own name or id, in words ("billingNpi", "dx_1" -> "billing npi", "dx 1").
  const name = c.getAttribute('name') || c.id;
  return name ? name.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/[_\-[\]]+/g, ' ') : undefined;
}

/** The first pair whose label matches one of the patterns, in pattern order. */
export function find(pairs: Labelled[], patterns: RegExp[]): Labelled | undefined {
  for (const p of patterns) {
    const hit = pairs.find((l) => p.test(l.key) && l.value);
    if (hit) return hit;
  }
  for (const p of patterns) {
    const hit = pairs.find((l) => p.test(l.key));
    if (hit) return hit;
  }
  return undefined;
}
