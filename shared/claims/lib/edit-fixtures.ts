/** Small edit tables in CMS's formats for tests (made-up rows; the header rows are CMS's). */
import { readEditTables } from '../edits/read-edit-tables.ts';

export const ptpText = [
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale',
  '93000\t93010\t*\t19960101\t*\t0\tMisuse of column two code with column one code',
  '20610\t99213\t\t20170101\t*\t1\tStandards of medical / surgical practice',
  '69210\t69209\t\t20160101\t*\t1\tStandards of medical / surgical practice',
  '17110\t11055\t\t20100101\t20150101\t1\tStandards of medical / surgical practice',
  '11720\t11055\t\t20270101\t*\t0\tStandards of medical / surgical practice',
  '20552\t20550\t\t20180101\t*\t9\tStandards of medical / surgical practice',
].join('\r\n');

export const mueText = [
  'CPT codes and descriptions only are copyright 2025 American Medical Association. All Rights Reserved.',
  'HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale',
  '69210,1,2 Date of Service Edit: Policy,Anatomic Consideration',
  'A0425,250,1 Line Edit,Clinical: Data',
  '"J1885","8","3 Date of Service Edit: Clinical","Prescribing Information"',
  '97014,0,3 Date of Service Edit: Clinical,CMS Policy',
].join('\n');

export const aocText = [
  'Add-on Code\tAdd-on Code Type\tPrimary Code\tEdit Effective Date\tEdit Deletion Date',
  '11103\t1\t11102\t20190101\t*',
  '11103\t1\t11104\t20190101\t*',
  '17003\t1\t17000\t20130401\t*',
  '96366\t1\t96374\t20130401\t20131231',
  '99199\t2\tCCCCC\t20130401\t*',
].join('\n');

export const testEdits = () =>
  readEditTables([
    { name: 'ptp.txt', text: ptpText },
    { name: 'mue.csv', text: mueText },
    { name: 'aoc.txt', text: aocText },
  ]);
