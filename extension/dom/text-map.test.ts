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
    expect(extractText([root]).text).toBe('Assessment\nEssential hypertension\nGERD - PPI\n\nReturn prn.'); // a paragraph is set off by a blank line, as innerText does;
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
    expect(map.text).toBe('Seen today.\n\nAssessment: asthma');
    const start = map.text.indexOf('asthma');
    expect(map.rangeFor(start, start + 6)).toBeNull(); // textarea text has no DOM range to highlight
  });

  test('rejects spans outside the text', () => {
    const map = extractText([dom('<p>abc</p>')]);
    expect(map.rangeFor(-1, 2)).toBeNull();
    expect(map.rangeFor(1, 99)).toBeNull();
    expect(map.rangeFor(2, 2)).toBeNull();
  });

  test('keeps the line breaks of pre-wrap and pre-line blocks, so each ROS line stays its own line', () => {
    const root = dom(
      '<div style="white-space: pre-wrap">ROS:\nCardiac: denies chest pain.\nResp: cough x3 days.</div>' +
        '<div style="white-space: pre-line">Plan:   rest\n   fluids</div>',
    );
    const map = extractText([root]);
    expect(map.text).toBe('ROS:\nCardiac: denies chest pain.\nResp: cough x3 days.\nPlan: rest\nfluids');
    const start = map.text.indexOf('cough');
    expect(map.rangeFor(start, start + 5)!.toString()).toBe('cough');
    const f = map.text.indexOf('fluids');
    expect(map.rangeFor(f, f + 6)!.toString()).toBe('fluids');
  });

  test('breaks lines at <br>, sets paragraphs off by a blank line and reads contenteditable editors', () => {
    const root = dom('<div contenteditable="true"><p>HPI: cough.<br>No fever.</p><p>Assessment: bronchitis.</p></div>');
    const map = extractText([root]);
    expect(map.text).toBe('HPI: cough.\nNo fever.\n\nAssessment: bronchitis.');
    const start = map.text.indexOf('No fever');
    expect(map.rangeFor(start, start + 8)!.toString()).toBe('No fever');
    expect(map.elementAt(start)?.tagName).toBe('P');
  });

  test('reads a read-only textarea as written, line breaks included', () => {
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.value = 'CC: rash\nROS: no fever\n  no cough';
    document.body.replaceChildren(area);
    const map = extractText([area]);
    expect(map.text).toBe('CC: rash\nROS: no fever\n  no cough');
    expect(map.elementAt(3)).toBe(area);
  });

  test('reads only what a selection covers, clipped inside text nodes, with ranges still exact', () => {
    const root = dom('<p>Assessment: Hypothyroidism, stable. GERD without esophagitis.</p><p>Plan: omeprazole.</p>');
    const text = root.querySelector('p')!.firstChild as Text;
    const within = document.createRange();
    within.setStart(text, text.data.indexOf('GERD'));
    within.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 5);
    const map = extractText([root], { within });
    expect(map.text).toBe('GERD without esophagitis.\n\nPlan:');
    expect(map.rangeFor(0, 4)!.toString()).toBe('GERD');
  });
});
