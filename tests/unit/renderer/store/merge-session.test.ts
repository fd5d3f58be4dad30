import { describe, expect, it } from 'vitest';
import {
  canCommitMerge,
  conflictChoices,
  conflictChosen,
  mergeJobView,
  mergeStarting,
  NEW_MERGE,
  rowsToStore,
  undecidedCount,
} from '../../../../renderer/src/store/merge-session';
import { conflict, mergePreview } from '../helpers/fixtures';

const TWO_CONFLICTS = {
  ...NEW_MERGE,
  jobId: 'm',
  preview: mergePreview({ conflicts: [conflict('32.01'), conflict('32.04')] }),
};

describe('merge session', () => {
  it('counts the conflicts still waiting for a choice', () => {
    expect(undecidedCount(conflictChosen(TWO_CONFLICTS, '32.01', 1))).toBe(1);
  });

  it('cannot be stored while a conflict waits for a choice', () => {
    expect(canCommitMerge(conflictChosen(TWO_CONFLICTS, '32.01', 1))).toBe(false);
  });

  it('can be stored once every conflict has a choice, "store nothing" included', () => {
    expect(canCommitMerge(conflictChosen(conflictChosen(TWO_CONFLICTS, '32.01', 1), '32.04', null))).toBe(true);
  });

  it('stores the agreed rows plus one per region settled on a file, none for "store nothing"', () => {
    const settled = conflictChosen(conflictChosen(TWO_CONFLICTS, '32.01', 1), '32.04', null);
    expect(rowsToStore(settled)).toBe(3);
  });

  it('cannot be stored when nothing would be stored', () => {
    const empty = {
      ...NEW_MERGE,
      jobId: 'm',
      preview: mergePreview({ rows: { read: 2, stored: 0, skipped: 0, errors: 0 } }),
    };
    expect(canCommitMerge(empty)).toBe(false);
  });

  it('a later choice for a region replaces the earlier one', () => {
    const changed = conflictChosen(conflictChosen(TWO_CONFLICTS, '32.01', 0), '32.01', 1);
    expect(conflictChoices(changed)).toEqual([{ kode: '32.01', file: 1 }]);
  });

  it('reading progress names the file and counts the files read', () => {
    const view = mergeJobView({
      state: 'running',
      progress: { file: 1, files: 3, fileName: 'banten.xlsx', done: 10, total: 40 },
    });
    expect(view).toEqual({ phase: 'Membaca banten.xlsx', count: { done: 1, total: 3, unit: 'berkas' } });
  });

  it('progress starts at the first file before the job has answered', () => {
    const bytes = new Uint8Array();
    expect(
      mergeStarting([
        { name: 'a.xlsx', bytes },
        { name: 'b.xlsx', bytes },
      ]).phase,
    ).toBe('Membaca a.xlsx');
  });

  it('a ready merge has no progress left to show', () => {
    const progress = { file: 2, files: 2, fileName: 'b.xlsx', done: 1, total: 1 };
    expect(mergeJobView({ state: 'ready', progress, preview: mergePreview() })).toBeNull();
  });
});
