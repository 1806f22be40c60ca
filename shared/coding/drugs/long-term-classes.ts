import type { DrugClass } from '../lexicon/drug-classes.ts';

/**
 * Further drug classes of the current year's Z79 titles (FY2024-FY2026 Z79.3, Z79.62-, Z79.81-),
 * read by the long-term therapy rule beside lexicon/drug-classes.ts. Each drug is given with its
 * WHO ATC code and the ATC group that is its class (ATC/DDD Index, WHO Collaborating Centre for Drug
 * Statistics Methodology), or the shared medical-abbreviations list ("abbr: X") for a class's
 * shorthand; `words` are the Z79 title's words for the class. International nonproprietary names only.
 */
export const longTermClasses: DrugClass[] = [
  {
    // Brands: FDA label (DailyMed) established names (Femara letrozole, Arimidex anastrozole, Aromasin exemestane).
    said: /\b(?:letrozole|anastrozole|exemestane|aromatase inhibitors?|femara|arimidex|aromasin)\b/gi,
    atc: 'L02BG04 L02BG03 L02BG06; L02BG aromatase inhibitors (abbr: AI is left out: the list gives it several meanings)',
    words: 'aromatase inhibitors',
  },
  {
    said: /\b(?:tamoxifen|raloxifene|SERMs?)\b/g,
    atc: 'L02BA01 G03XC01; L02BA anti-estrogens, G03XC selective estrogen receptor modulators (abbr: SERM)',
    words: 'selective estrogen receptor modulators',
  },
  {
    // TNF-alpha inhibitors and interleukin inhibitors: monoclonal antibodies and fusion proteins (biologics).
    // Brands: FDA label (DailyMed) established names (Humira adalimumab, Remicade infliximab, Enbrel etanercept,
    // Cimzia certolizumab, Simponi golimumab, Stelara ustekinumab, Cosentyx secukinumab, Taltz ixekizumab,
    // Tremfya guselkumab, Skyrizi risankizumab, Actemra tocilizumab).
    said: /\b(?:adalimumab|infliximab|etanercept|certolizumab|golimumab|ustekinumab|secukinumab|ixekizumab|guselkumab|risankizumab|tocilizumab|TNF(?:[- ]alpha)? inhibitors?|anti-TNF|humira|remicade|enbrel|cimzia|simponi|stelara|cosentyx|taltz|tremfya|skyrizi|actemra)\b/gi,
    atc: 'L04AB04 L04AB02 L04AB01 L04AB05 L04AB06 L04AC05 L04AC10 L04AC13 L04AC16 L04AC18 L04AC07; L04AB tumor necrosis factor alpha (TNF-α) inhibitors, L04AC interleukin inhibitors (abbr: TNF, TNFi)',
    words: 'immunosuppressive biologic',
  },
  {
    said: /\b(?:tacrolimus|cyclosporine|ciclosporin|prograf)\b/gi,
    atc: 'L04AD02 L04AD01; L04AD calcineurin inhibitors',
    words: 'calcineurin inhibitor',
  },
  {
    // Brands: Xeljanz tofacitinib, Olumiant baricitinib, Rinvoq upadacitinib (FDA label established names).
    said: /\b(?:tofacitinib|baricitinib|upadacitinib|JAK inhibitors?|xeljanz|olumiant|rinvoq)\b/gi,
    atc: 'L04AF01 L04AF02 L04AF03; L04AF Janus-associated kinase (JAK) inhibitors (abbr: JAK)',
    words: 'Janus kinase inhibitor',
  },
  {
    said: /\b(?:sirolimus|everolimus)\b/gi,
    atc: 'L04AH01 L04AH02; L04AH mammalian target of rapamycin (mTOR) kinase inhibitors',
    words: 'mammalian target of rapamycin inhibitor',
  },
  {
    said: /\b(?:mycophenolate|mycophenolic acid|azathioprine)\b/gi,
    atc: 'L04AA06 L04AX01; mycophenolic acid (inosine monophosphate dehydrogenase) and azathioprine (purine synthesis): inhibitors of nucleotide synthesis',
    words: 'inhibitors of nucleotide synthesis',
  },
  {
    // Oral contraceptives by their common names; an implant or IUD is a device in place, not a drug taken (Z97.5, Z30.4-).
    said: /\b(?:OCPs?|oral contraceptives?|birth control pills?|norgestimate|drospirenone)\b/g,
    atc: 'G03AA11 G03AA12; G03AA progestogens and estrogens, fixed combinations (G03A hormonal contraceptives for systemic use; abbr: OCP)',
    words: 'hormonal contraceptives',
  },
];
