// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractText } from './text-map.ts';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('extractText', () => {
  test('puts block elements on their own lines and collapses whitespace like a reader sees it', () => {
    const root = dom('<h3>Assessment</h3><ol><li>Essential   hypertension</li><li>GERD\n  - PPI</li></ol><p>Return <b>prn</b>.</p>');
    expect(extractText([root]).text).toBe('Assessment\nEssential hypertension\nGERD - PPI\nReturn prn.');
  });

  test('maps every evidence span back to the exact DOM text, across inline elements', () => {
    const root = dom('<p>Pt with <b>type 2</b>   diabetes and HTN.</p><p>Plan: labs.</p>');
    const map = extractText([root]);
    for (const phrase of ['type 2 diabetes', 'HTN', 'Plan: labs', 'diabetes and HTN.']) {
      const start = map.text.indexOf(phrase);
      const range = map.rangeFor(start, start + phrase.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(phrase);
    }
  });

  test('skips scripts, hidden parts and the overlay itself; reads form fields', () => {
    const root = dom('<p>Seen today.</p><script>var x = 1</script><div hidden>secret</div><textarea>Assessment: asthma</textarea>');
    const map = extractText([root]);
    expect(map.text).toBe('Seen today.\nAssessment: asthma');
    const start = map.text.indexOf('asthma');
    expect(map.rangeFor(start, start + 6)).toBeNull(); // textarea text has no DOM range to highlight
  });

  test('rejects spans outside the text', () => {
    const map = extractText([dom('<p>abc</p>')]);
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(1, 99)).toBeNull();
    expect(map.rangeFor(2, 2)).toBeNull();
  });
});
