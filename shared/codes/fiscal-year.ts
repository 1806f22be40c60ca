/** ICD-10-CM fiscal years run October 1 to September 30: 2026-10-01 is in FY2027. */
export function icdFiscalYear(dateOfService: string): string {
  const [y, m] = dateOfService.split('-').map(Number);
  return `FY${(m ?? 1) >= 10 ? y! + 1 : y!}`;
}

export function fiscalYearStart(fy: string): string {
  return `${Number(fy.slice(2)) - 1}-10-01`;
}

export function fiscalYearEnd(fy: string): string {
  return `${fy.slice(2)}-09-30`;
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
