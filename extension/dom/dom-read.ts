/** Small, forgiving readers shared by the adapters. They return undefined rather than throw. */

export function textOf(root: ParentNode, selector: string): string | undefined {
  const el = root.querySelector(selector);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

export function fieldValue(root: ParentNode, selector: string): string | undefined {
  const el = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
  const v = el?.value?.trim();
  return v ? v : undefined;
}

/** US screens show MM/DD/YYYY; contracts use ISO dates. Already-ISO dates pass through. */
export function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return iso[0];
  const us = text.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/);
  if (!us) return undefined;
  return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
}
