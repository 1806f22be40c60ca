import { proposeNoteArea } from '../page-model/note-finder.ts';
import { pageLines } from '../page-model/page-lines.ts';
import { spotFor, teachable, type TaughtClaim } from '../readers/taught-claim.ts';
import { forgetTaught, saveTaught, selectorFor, type TaughtPage, type TeachStep, teachSteps } from '../settings/taught.ts';
import type { OverlayActions } from './actions.ts';
import type { OverlayState } from './overlay-app.tsx';

export interface TeachHost {
  /** The overlay's host element, which the picker ignores (asked for when picking starts). */
  host(): Element;
  update(patch: OverlayState): void;
  /** Read the page again with what is taught now. */
  rerun(): Promise<void>;
  showError(err: unknown): void;
}

/**
 * "Teach this page" and teach-a-claim for one site: which step the user is pointing at, what is
 * taught (kept per origin, as selectors only), and the undo history of claim fields.
 */
export class TeachSession {
  private steps: TeachStep[] = [];
  private pickingClaim: string | undefined;
  private readonly claimHistory: (TaughtClaim | undefined)[] = [];

  constructor(
    public taught: TaughtPage,
    private readonly page: TeachHost,
  ) {}

  private save(taught: TaughtPage = this.taught): void {
    void saveTaught(location.origin, taught).then(this.page.rerun, this.page.showError);
  }

  readonly actions: Required<Pick<OverlayActions, 'teach' | 'cancelTeach' | 'pick' | 'teachClaimField' | 'undoTeach' | 'setKind' | 'forgetTaught'>> = {
    teach: (what) => {
      this.steps = what === 'note' ? ['note'] : ['memberId', 'dateOfService'];
      const propose = what === 'note' ? proposeNoteArea(pageLines(document)) : undefined;
      this.page.update({ picking: { host: this.page.host(), prompt: teachSteps[this.steps[0]!], ...(propose && { propose }) } });
    },
    cancelTeach: () => {
      this.steps = [];
      this.pickingClaim = undefined;
      this.page.update({ picking: undefined });
    },
    pick: (el) => {
      if (this.pickingClaim) {
        this.claimHistory.push(this.taught.claim);
        const list = !!teachable.find((t) => t.key === this.pickingClaim)?.list;
        this.taught = { ...this.taught, claim: { ...this.taught.claim, [this.pickingClaim]: spotFor(el, list) } };
        this.pickingClaim = undefined;
        this.page.update({ picking: undefined, taught: true, canUndo: true });
        return this.save();
      }
      this.taught = { ...this.taught, [this.steps.shift()!]: selectorFor(el) };
      const next = this.steps[0];
      this.page.update({ picking: next ? { host: this.page.host(), prompt: teachSteps[next] } : undefined, taught: true });
      if (!next) this.save({ ...this.taught, taughtAt: new Date().toISOString() });
    },
    teachClaimField: (key, label) => {
      this.pickingClaim = key;
      this.page.update({ picking: { host: this.page.host(), prompt: `Click ${label} on the page` } });
    },
    undoTeach: () => {
      this.taught = { ...this.taught, claim: this.claimHistory.pop() };
      this.page.update({ canUndo: this.claimHistory.length > 0 });
      this.save();
    },
    setKind: (kind) => {
      this.taught = { ...this.taught, kind };
      if (!kind) delete this.taught.kind;
      this.page.update({ chosenKind: kind, taught: Object.keys(this.taught).length > 0 });
      this.save();
    },
    forgetTaught: () => {
      this.claimHistory.length = 0;
      this.taught = {};
      this.page.update({ taught: false });
      void forgetTaught(location.origin).then(this.page.rerun, this.page.showError);
    },
  };
}
