import type { Setting } from '../../shared/contracts/suggestion.ts';
import type { Encounter } from '../page-model/encounter.ts';

/** The encounter the note is coded with: what the page showed, or what the user corrected. */
export interface EncounterView {
  setting: Setting;
  age?: number;
  sex?: 'F' | 'M' | 'U';
  dateOfService?: string;
  patientStatus?: 'new' | 'established';
  from: Encounter['from'];
  /** Fields the user set by hand (kept for this note while the page is open). */
  corrected: string[];
}

export type EncounterPatch = Partial<Pick<EncounterView, 'setting' | 'age' | 'sex' | 'dateOfService'>>;

interface Props {
  view: EncounterView;
  onCorrect(patch: EncounterPatch): void;
  onShowNote?(): void;
}

// The settings of CONTRACTS §1.1 (type-only import: the schema library stays out of the page).
const labels: Record<Setting, string> = {
  office: 'Office',
  ed: 'Emergency department',
  'urgent-care': 'Urgent care',
  telehealth: 'Telehealth',
  'inpatient-progress': 'Inpatient (progress)',
  procedure: 'Procedure',
  consult: 'Consult',
};
const settings = Object.keys(labels) as Setting[];

/**
 * The encounter context read from the page's banner and encounter header, shown beside the codes
 * and correctable: every change re-codes the note. Each value says where it was read, or that the
 * page did not show it.
 */
export function EncounterPanel({ view, onCorrect, onShowNote }: Props) {
  const source = (k: keyof Encounter['from']) =>
    view.corrected.includes(k) ? 'set by you' : view.from[k] ? `from “${view.from[k]}”` : 'not shown on the page';
  return (
    <section
      class="encounter"
      aria-label="Encounter"
      data-setting={view.setting}
      data-age={view.age ?? ''}
      data-sex={view.sex ?? ''}
      data-dos={view.dateOfService ?? ''}
      data-patient-status={view.patientStatus ?? ''}
    >
      <h2>Encounter</h2>
      <div class="enc-grid">
        <label>
          Setting
          <select value={view.setting} title={source('setting')} onChange={(e) => onCorrect({ setting: (e.target as HTMLSelectElement).value as Setting })}>
            {settings.map((s) => (
              <option key={s} value={s}>
                {labels[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Age
          <input
            type="number"
            min={0}
            max={130}
            value={view.age ?? ''}
            title={source('age')}
            onChange={(e) => {
              const v = (e.target as HTMLInputElement).value;
              onCorrect({ age: v === '' ? undefined : Math.max(0, Math.min(130, Math.round(Number(v)))) });
            }}
          />
        </label>
        <label>
          Sex
          <select value={view.sex ?? 'U'} title={source('sex')} onChange={(e) => onCorrect({ sex: (e.target as HTMLSelectElement).value as 'F' | 'M' | 'U' })}>
            <option value="U">Unknown</option>
            <option value="F">Female</option>
            <option value="M">Male</option>
          </select>
        </label>
        <label>
          Date of service
          <input
            type="date"
            value={view.dateOfService ?? ''}
            title={source('dateOfService')}
            onChange={(e) => onCorrect({ dateOfService: (e.target as HTMLInputElement).value || undefined })}
          />
        </label>
      </div>
      <p class="enc-from">
        {view.patientStatus ? `${view.patientStatus === 'new' ? 'New' : 'Established'} patient ${source('patientStatus')}. ` : ''}
        Setting {source('setting')}; age {source('age')}; sex {source('sex')}.
      </p>
      {onShowNote && (
        <button type="button" class="show-note" onClick={onShowNote}>
          Show the note area
        </button>
      )}
    </section>
  );
}
