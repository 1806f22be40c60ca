import { adverseEffect } from './adverse-effect.ts';
import { bilateral } from './bilateral.ts';
import { bmiWithWeightDiagnosis } from './bmi.ts';
import { cadAngina } from './cad-angina.ts';
import { copdCombination } from './copd.ts';
import { covid } from './covid.ts';
import { dementiaInDisease } from './dementia-in-disease.ts';
import { diabetesCombination, diabetesDefaultType } from './diabetes.ts';
import { drugTherapy } from './drug-therapy.ts';
import { encounterReason } from './encounter-reason.ts';
import { excludes1 } from './excludes1.ts';
import { fallHistory } from './fall-history.ts';
import { familyRelevance } from './family-relevance.ts';
import { futureScreening } from './future-screening.ts';
import { gestationWeeks } from './gestation.ts';
import { gestationalDiabetes } from './gestational-diabetes.ts';
import { highRiskPregnancy } from './high-risk-pregnancy.ts';
import { historyAndFamily } from './history-family.ts';
import { hypertensionCombination } from './hypertension.ts';
import { integralSymptoms } from './integral-symptoms.ts';
import { intractable } from './intractable.ts';
import { liveborn } from './liveborn.ts';
import { longTermDrugs } from './long-term-drugs.ts';
import { noteDetail } from './note-detail.ts';
import { normalPregnancy } from './normal-pregnancy.ts';
import { organisms } from './organisms.ts';
import { pregnancyComplicating } from './pregnancy-complicating.ts';
import { pregnancyOtherConditions } from './pregnancy-other-conditions.ts';
import type { GuidelineRule } from './rule.ts';
import { sameCategory } from './same-category.ts';
import { sequencing } from './sequencing.ts';
import { statusCodes } from './status-codes.ts';
import { strokeSequelae } from './stroke-sequelae.ts';
import { useAdditional } from './use-additional.ts';

/** Applied in this order: later rules see what earlier ones added or dropped. */
export const guidelineRules: GuidelineRule[] = [
  historyAndFamily,
  noteDetail,
  intractable,
  diabetesDefaultType,
  diabetesCombination,
  hypertensionCombination,
  cadAngina,
  copdCombination,
  covid,
  organisms,
  useAdditional,
  adverseEffect,
  pregnancyComplicating,
  pregnancyOtherConditions,
  highRiskPregnancy,
  dementiaInDisease,
  sameCategory,
  bilateral,
  fallHistory,
  integralSymptoms,
  strokeSequelae,
  excludes1,
  drugTherapy,
  longTermDrugs,
  statusCodes,
  gestationalDiabetes,
  bmiWithWeightDiagnosis,
  futureScreening,
  encounterReason,
  familyRelevance,
  normalPregnancy,
  gestationWeeks,
  liveborn,
  sequencing,
];
