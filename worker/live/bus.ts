import type { Change } from '../../shared/contracts/handoff.ts';
import type { ChangeListener } from '../store/store.ts';

/** In-process fan-out of committed changes, per team. Listeners never throw into the writer. */
export class ChangeBus {
  private readonly teams = new Map<string, Set<ChangeListener>>();

  subscribe(teamId: string, listener: ChangeListener): () => void {
    let set = this.teams.get(teamId);
    if (!set) this.teams.set(teamId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.teams.delete(teamId);
    };
  }

  hasListeners(teamId: string): boolean {
    return this.teams.has(teamId);
  }

  publish(teamId: string, changes: Change[]): void {
    const set = this.teams.get(teamId);
    if (!set) return;
    for (const change of changes) {
      for (const listener of set) {
        try {
          listener(change);
        } catch (err) {
          console.error(`worker: live listener failed: ${(err as Error).message}`);
        }
      }
    }
  }
}
