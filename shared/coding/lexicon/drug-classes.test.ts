import { describe, expect, it } from 'vitest';
import { drugClasses } from './drug-classes.ts';

// Every drug class cites its WHO ATC codes and the ATC group that is the class (the general source).
describe('drug classes (WHO ATC)', () => {
  it.each(drugClasses.map((d) => [d.words, d]))('%s cites ATC codes and their group', (_w, d) => {
    const [codes, group] = d.atc.split('; ');
    for (const c of codes!.split(' ')) expect(c).toMatch(/^[A-V]\d\d[A-Z]{2}\d\d$/);
    expect(group).toMatch(/^[A-V]\d\d[A-Z]{0,2} \w/);
    // Each ATC code falls under its group.
    for (const c of codes!.split(' ')) expect(c.startsWith(group!.split(' ')[0]!.slice(0, 3))).toBe(true);
  });

  it.each([
    ['on chronic meloxicam', 'non-steroidal anti-inflammatory'],
    ['continue ASA 81', 'aspirin'],
    ['Methotrexate 15 mg weekly', 'antimetabolite agent'],
    ['alendronate 70 mg weekly', 'bisphosphonates'],
  ])('"%s" names the class %s', (said, words) => {
    expect(drugClasses.filter((d) => new RegExp(d.said.source, d.said.flags).test(said)).map((d) => d.words)).toEqual([words]);
  });

  it.each(['ASA class II', 'ASA III', 'ASA physical status 2'])('"%s" (American Society of Anesthesiologists) names no drug', (said) => {
    expect(drugClasses.some((d) => new RegExp(d.said.source, d.said.flags).test(said))).toBe(false);
  });
});
