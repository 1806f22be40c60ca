import { alternativeSubtype } from './alternative-subtype.ts';
import { adverseEffect } from './adverse-effect.ts';
import { allergyStatus } from './allergy-status.ts';
import { antidiabeticType } from './antidiabetic-type.ts';
import { antineoplasticEncounter } from './antineoplastic-encounter.ts';
import { cancerFollowUp } from './cancer-follow-up.ts';
import { bilateral } from './bilateral.ts';
import { bmiWithWeightDiagnosis } from './bmi.ts';
import { burnExtent } from './burn-extent.ts';
import { cadAngina } from './cad-angina.ts';
import { contraceptiveUse } from './contraceptive-use.ts';
import { copdCombination } from './copd.ts';
import { counseling } from './counseling.ts';
import { covid } from './covid.ts';
import { severeSepsis } from './severe-sepsis.ts';
import { currentMalignancy } from './current-malignancy.ts';
import { dementiaInDisease } from './dementia-in-disease.ts';
import { diabetesCombination, diabetesDefaultType } from './diabetes.ts';
import { drugMonitoring } from './drug-monitoring.ts';
import { drugTherapy } from './drug-therapy.ts';
import { encounterReason } from './encounter-reason.ts';
import { excludes1 } from './excludes1.ts';
import { fallHistory } from './fall-history.ts';
import { familyRelevance } from './family-relevance.ts';
import { futureAftercare } from './future-aftercare.ts';
import { futureScreening } from './future-screening.ts';
import { gestationWeeks } from './gestation.ts';
import { gestationalDiabetes } from './gestational-diabetes.ts';
import { goutSite } from './gout-site.ts';
import { highRiskPregnancy } from './high-risk-pregnancy.ts';
import { injuryAftercare } from './injury-aftercare.ts';
import { historyAndFamily } from './history-family.ts';
import { hypertensionCombination } from './hypertension.ts';
import { hypertensiveCrisis } from './hypertensive-crisis.ts';
import { codeFirstPartner } from './code-first-partner.ts';
import { integralSymptoms } from './integral-symptoms.ts';
import { unqualifiedPain } from './unqualified-pain.ts';
import { intractable } from './intractable.ts';
import { liveborn } from './liveborn.ts';
import { manifestationEtiology } from './manifestation-etiology.ts';
import { longTermDrugs } from './long-term-drugs.ts';
import { longTermTherapy } from './long-term-therapy.ts';
import { nihss } from './nihss.ts';
import { noteDetail } from './note-detail.ts';
import { neoplasmSequence } from './neoplasm-sequence.ts';
import { normalPregnancy } from './normal-pregnancy.ts';
import { organisms } from './organisms.ts';
import { osteoporoticFracture } from './osteoporotic-fracture.ts';
import { pastCancer } from './past-cancer.ts';
import { poisoning } from './poisoning.ts';
import { previousCesareanDelivery } from './previous-cesarean.ts';
import { receptorStatus } from './receptor-status.ts';
import { ruledOutLater } from './ruled-out-later.ts';
import { pregnancyComplicating } from './pregnancy-complicating.ts';
import { pregnancyOtherConditions } from './pregnancy-other-conditions.ts';
import type { GuidelineRule } from './rule.ts';
import { sameCategory } from './same-category.ts';
import { sequencing } from './sequencing.ts';
import { statusCodes } from './status-codes.ts';
import { statusEvents } from './status-events.ts';
import { stoppedDrug } from './stopped-drug.ts';
import { strokeSequelae } from './stroke-sequelae.ts';
import { tobaccoProduct } from './tobacco-product.ts';
import { tpaTransfer } from './tpa-transfer.ts';
import { transplantStatus } from './transplant-status.ts';
import { type2Mi } from './type2-mi.ts';
import { underdosing } from './underdosing.ts';
import { insulinPump } from './insulin-pump.ts';
import { useAdditional } from './use-additional.ts';
import { vaccination } from './vaccination.ts';
import { venom } from './venom.ts';
import { withSymptomSibling } from './with-symptom-sibling.ts';
import { bothAlternatives } from './both-alternatives.ts';
import { postproceduralComplication } from './postprocedural-complication.ts';
import { postopAftercare } from './postop-aftercare.ts';

/** Applied in this order: later rules see what earlier ones added or dropped. */
export const guidelineRules: GuidelineRule[] = [
  ruledOutLater,
  currentMalignancy,
  historyAndFamily,
  pastCancer,
  noteDetail,
  intractable,
  diabetesDefaultType,
  diabetesCombination,
  hypertensiveCrisis,
  hypertensionCombination,
  cadAngina,
  type2Mi,
  copdCombination,
  covid,
  severeSepsis,
  organisms,
  withSymptomSibling,
  bothAlternatives,
  postproceduralComplication,
  useAdditional,
  receptorStatus,
  poisoning,
  venom,
  underdosing,
  insulinPump,
  adverseEffect,
  pregnancyComplicating,
  pregnancyOtherConditions,
  highRiskPregnancy,
  previousCesareanDelivery,
  dementiaInDisease,
  manifestationEtiology,
  codeFirstPartner,
  sameCategory,
  tobaccoProduct,
  goutSite,
  alternativeSubtype,
  bilateral,
  osteoporoticFracture,
  fallHistory,
  // Before integral symptoms: a deficit's I69 code may ask for its symptom ("use additional code" R13.1-, I.A.13).
  strokeSequelae,
  integralSymptoms,
  unqualifiedPain,
  nihss,
  tpaTransfer,
  excludes1,
  drugTherapy,
  longTermDrugs,
  longTermTherapy,
  stoppedDrug,
  contraceptiveUse,
  antidiabeticType,
  statusCodes,
  statusEvents,
  transplantStatus,
  allergyStatus,
  vaccination,
  gestationalDiabetes,
  bmiWithWeightDiagnosis,
  burnExtent,
  futureScreening,
  futureAftercare,
  injuryAftercare,
  postopAftercare,
  encounterReason,
  cancerFollowUp,
  antineoplasticEncounter,
  drugMonitoring,
  familyRelevance,
  counseling,
  normalPregnancy,
  gestationWeeks,
  liveborn,
  neoplasmSequence,
  sequencing,
];
