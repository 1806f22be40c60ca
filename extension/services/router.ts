import { browser, type Browser } from 'wxt/browser';
import type { z } from 'zod';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { requestSchemas, type Envelope, type RequestType, type ResponseMap } from '../messaging/protocol.ts';
import { codeSets } from './code-sets.ts';
import { importCptDescriptors, withLicensedCptTitles } from './cpt-descriptors.ts';
import { db } from './db.ts';
import { decisionStats, decisionsFor, recordDecision } from './decisions.ts';
import { memoryFor, syncDecisions } from './team-history.ts';
import { triagePortalDenials } from './denials.ts';
import { addHandoff, denialToThread, listHandoff, updateHandoff } from './handoff.ts';
import { fiscalYearEnd, fiscalYearStart, todayIso } from '../../shared/codes/fiscal-year.ts';
import { effectiveSettings } from '../settings/effective-settings.ts';
import { showFindings } from './action-badge.ts';
import { insightsCsv, insightsFor } from './insights.ts';
import { settingsView, teamStatus, updateSettings } from './settings-handlers.ts';
import { activeTab, runOnTab } from './tab-run.ts';
import { joinTeam, leaveTeam } from './team.ts';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [K in RequestType]: (payload: z.output<(typeof requestSchemas)[K]>, sender: Sender) => Promise<ResponseMap[K]> };

const memberKey = (id: string | null | undefined) => (id ?? '').replace(/[\s-]/g, '').toUpperCase();

const handlers: Handlers = {
  async suggest({ doc }, sender) {
    const [dated, sets] = await Promise.all([withYearOverride(doc), codeSets()]);
    const result = await withLicensedCptTitles(suggest(dated, sets));
    showFindings(sender.tab?.id, { suggest: result });
    if (sender.url) await db.results.put({ url: sender.url, updatedAt: Date.now(), suggest: result });
    return result;
  },
  async check({ claim, eligibility }, sender) {
    // Eligibility captured on a portal page for the same member is used when the page has none.
    const seen = eligibility ?? (await db.eligibility.get(memberKey(claim.patient.memberId)))?.eligibility ?? null;
    const flags = checkClaim({ claim, eligibility: seen }, { codeSets: await codeSets() });
    showFindings(sender.tab?.id, { flags });
    if (sender.url) await db.results.put({ url: sender.url, updatedAt: Date.now(), flags });
    const lineCodes = claim.lines.map((l) => l.code ?? '').filter(Boolean);
    const memory = claim.payer.name
      ? await memoryFor(
          claim.payer.name,
          lineCodes,
          claim.lines.flatMap((l) => l.modifiers),
        )
      : [];
    return { flags, memory };
  },
  async eligibilitySeen({ eligibility }) {
    await db.eligibility.put({ key: memberKey(eligibility.memberId), eligibility, seenAt: Date.now() });
    return { ok: true as const };
  },
  async latestResults() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const forTab = tab?.url ? await db.results.get(tab.url) : undefined;
    const latest = forTab ?? (await db.results.orderBy('updatedAt').last());
    return latest ? { url: latest.url, suggest: latest.suggest, flags: latest.flags } : {};
  },
  handoffList: ({ identity }) => listHandoff(identity),
  handoffAdd: ({ identity, text }) => addHandoff(identity, text),
  handoffUpdate: ({ identity, patch }) => updateHandoff(identity, patch),
  triageDenials: async ({ denials, remit }) => triagePortalDenials(denials, remit).claims[0]!.lines,
  denialToThread: ({ identity, denials, remit }) => denialToThread(identity, triagePortalDenials(denials, remit)),
  denialMemory: ({ payer, codes, modifiers }) => memoryFor(payer, codes, modifiers),
  async decide({ docKey, system, code, decision, editedTo }) {
    const decisions = await recordDecision({ docKey, system, code, decision, ...(editedTo && { editedTo }) });
    void syncDecisions().catch(() => undefined); // retried with the next decision when offline
    return decisions;
  },
  decisionsFor: ({ docKey }) => decisionsFor(docKey),
  decisionStats: () => decisionStats(),
  async frameNote(note, sender) {
    if (sender.tab?.id === undefined || sender.frameId === undefined || sender.frameId === 0) return { delivered: false };
    // The top frame's script may not be listening yet: the frame retries when this is false.
    const delivered = await browser.tabs.sendMessage(sender.tab.id, { type: 'frameNote', frameId: sender.frameId, ...note }, { frameId: 0 }).then(
      (r: unknown) => r === true,
      () => false,
    );
    return { delivered };
  },
  async showInFrame({ frameId, start, end }, sender) {
    if (sender.tab?.id !== undefined) await browser.tabs.sendMessage(sender.tab.id, { type: 'showEvidence', start, end }, { frameId }).catch(() => undefined);
    return { ok: true as const };
  },
  cptImport: ({ entries }) => importCptDescriptors(entries),
  cptStatus: async () => ({ count: await db.cpt.count() }),
  teamStatus: () => teamStatus(),
  async teamJoin({ invite, name }) {
    await joinTeam(invite, name ?? '');
    return teamStatus();
  },
  insights: ({ filters }) => insightsFor(filters),
  insightsCsv: ({ filters }) => insightsCsv(filters),
  async teamLeave() {
    await leaveTeam();
    return teamStatus();
  },
  async cptClear() {
    await db.cpt.clear();
    return { count: 0 };
  },
  actionRun: async () => {
    const { injected: _, ...view } = await runOnTab(await activeTab());
    return view;
  },
  settingsView: () => settingsView(),
  settingsUpdate: (patch) => updateSettings(patch),
};

/**
 * A policy's or the user's code-set year applies to pages that show no date of service: the day of
 * that fiscal year nearest today (so the HCPCS quarter moves as little as possible).
 */
async function withYearOverride<T extends { dateOfService?: string | undefined }>(doc: T): Promise<T> {
  const { codeSetYear } = await effectiveSettings();
  if (!codeSetYear || doc.dateOfService) return doc;
  const today = todayIso();
  const [start, end] = [fiscalYearStart(codeSetYear), fiscalYearEnd(codeSetYear)];
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as text
  return { ...doc, dateOfService: today < start ? start : today > end ? end : today };
}

/** Validates each message against its schema, runs its handler, and always answers. */
export function listen(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const envelope = message as Envelope;
    const schema = requestSchemas[envelope?.type as RequestType];
    if (!schema) {
      sendResponse({ ok: false, error: `unknown message type ${String(envelope?.type)}` });
      return false;
    }
    const parsed = schema.safeParse(envelope.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      sendResponse({ ok: false, error: `${envelope.type}: ${issue?.path.join('.')}: ${issue?.message}` });
      return false;
    }
    const handler = handlers[envelope.type] as (p: unknown, s: Sender) => Promise<unknown>;
    handler(parsed.data, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true; // answer asynchronously
  });
}
