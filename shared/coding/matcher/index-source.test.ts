import { describe, expect, it } from 'vitest';
import { readIndexXml } from '../../codes/readers/alpha-index.ts';
import { treeOfCompiled } from '../../codes/index-tree.ts';
import { mainTermForms, treePath } from './index-source.ts';

describe('mainTermForms (a main term by each of its listed forms)', () => {
  it.each([
    ['Ulcer, ulcerated, ulcerating, ulceration', 'Ulcer (ulcerated) (ulcerating) (ulceration)'],
    ['Hernia, hernial', 'Hernia (hernial)'],
    // A hyphenated form is a form too: "alcohol intoxication" needs no "induced".
    ['Alcohol, alcoholic, alcohol-induced', 'Alcohol (alcoholic) (alcohol-induced)'],
    // A piece that is no form of the head stays a word to match.
    ['Fibroadenosis, breast', 'Fibroadenosis, breast'],
    ['Pain', 'Pain'],
    // A named condition listed with the other nouns it goes by: the name is the term.
    ["Ménière's disease, syndrome or vertigo", "Ménière's (disease) (syndrome) (vertigo)"],
    ['Charcot-Marie-Tooth disease, paralysis or syndrome', 'Charcot-Marie-Tooth (disease) (paralysis) (syndrome)'],
    ['Budd-Chiari syndrome', 'Budd-Chiari (syndrome)'],
    ['Guillain-Barré disease or syndrome', 'Guillain-Barré (disease) (syndrome)'],
    // A name without a hyphen is an ordinary word a note may use otherwise.
    ['Still disease', 'Still disease'],
  ])('%s -> %s', (title, want) => expect(mainTermForms(title)).toBe(want));
});

/** A small Index in the official XML schema: main terms with nonessential modifiers and a subterm naming one of them. */
const xml = `<ICD10CM.index><version>test</version>
<mainTerm><title>Cirrhosis, cirrhotic <nemod>(hepatic) (liver)</nemod></title><code>K74.60</code></mainTerm>
<mainTerm><title>Acidosis <nemod>(lactic) (respiratory)</nemod></title><code>E87.2</code>
  <term level="1"><title>metabolic</title><code>E87.29</code>
    <term level="2"><title>with respiratory acidosis</title><code>E87.4</code></term></term></mainTerm>
<mainTerm><title>Varix</title><code>I83.90</code>
  <term level="1"><title>esophagus</title><code>I85.00</code>
    <term level="2"><title>in</title>
      <term level="3"><title>cirrhosis of liver</title><code>I85.10</code></term>
      <term level="3"><title>respiratory acidosis</title><code>I85.10</code></term></term></term></mainTerm>
</ICD10CM.index>`;

describe("treePath (I.A.7: a main term's nonessential modifiers where a subterm names it)", () => {
  const ix = readIndexXml(xml, 'index.xml');
  const tree = treeOfCompiled(ix);
  const node = (title: string) => ix.titles.indexOf(title);
  it.each([
    // "Cirrhosis (hepatic) (liver)": "varices in cirrhosis" need not repeat "liver".
    ['cirrhosis of liver', 'Varix, esophagus, in, cirrhosis of (liver)'],
    // "Acidosis (respiratory)": under another main term, "respiratory" is the acidosis's aside.
    ['respiratory acidosis', 'Varix, esophagus, in, (respiratory) acidosis'],
    // Under its own main term the subterm names a second acidosis: its words stay.
    ['with respiratory acidosis', 'Acidosis, metabolic, with respiratory acidosis'],
  ])('%s -> %s', (title, want) => expect(treePath(tree, node(title))).toBe(want));
});
