import { describe, expect, it } from 'vitest';
import {
  canCommit,
  importJobView,
  jobStarted,
  NEW_IMPORT,
  previewArrived,
} from '../../../../renderer/src/store/import-session';
import { preview } from '../helpers/fixtures';

describe('import session transitions', () => {
  it('the layer name follows the preview until the analyst types one', () => {
    const first = previewArrived(NEW_IMPORT, 'job-1', preview({ layerName: 'ikp' }));
    expect(first.layerName).toBe('ikp');
    const typed = { ...first, layerName: 'IKP Kalsel 2024' };
    expect(previewArrived(typed, 'job-2', preview({ layerName: 'ikp' })).layerName).toBe('IKP Kalsel 2024');
  });

  it('a new preset names the layer anew', () => {
    const typed = { ...previewArrived(NEW_IMPORT, 'job-1', preview({ layerName: 'ikp' })), layerName: 'punyaku' };
    const named = previewArrived(typed, 'job-2', preview({ layerName: 'IKP Pemilu dan Pemilihan Serentak 2024' }));
    expect(named.layerName).toBe('IKP Pemilu dan Pemilihan Serentak 2024');
  });

  it('a re-read keeps the old preview on screen but points at the new job', () => {
    const shown = previewArrived(NEW_IMPORT, 'job-1', preview());
    const rereading = jobStarted(shown, 'job-2');
    expect(rereading.jobId).toBe('job-2');
    expect(rereading.preview).toBe(shown.preview);
  });

  it('Save needs a finished preview with rows, no re-read under way, and a duplicate acknowledged', () => {
    const ready = previewArrived(NEW_IMPORT, 'job-1', preview());
    expect(canCommit(ready, false)).toBe(true);
    expect(canCommit(NEW_IMPORT, false)).toBe(false);
    expect(canCommit(ready, true)).toBe(false);
    expect(canCommit({ ...ready, committing: true }, false)).toBe(false);
    const empty = previewArrived(NEW_IMPORT, 'job-1', preview({ rows: { read: 3, stored: 0, skipped: 3, errors: 0 } }));
    expect(canCommit(empty, false)).toBe(false);
    const duplicate = previewArrived(NEW_IMPORT, 'j', preview({ duplicateOf: { batchId: 1, createdAt: '2024' } }));
    expect(canCommit(duplicate, false)).toBe(false);
    expect(canCommit({ ...duplicate, allowDuplicate: true }, false)).toBe(true);
  });

  it('progress reads in Bahasa, counting rows only while matching regions', () => {
    expect(importJobView({ state: 'running', progress: { phase: 'membaca', done: 0, total: 1 } })).toEqual({
      phase: 'Membaca berkas…',
      count: null,
    });
    expect(importJobView({ state: 'running', progress: { phase: 'mencocokkan', done: 40, total: 120 } })).toEqual({
      phase: 'Mencocokkan wilayah',
      count: { done: 40, total: 120, unit: 'baris' },
    });
    expect(importJobView({ state: 'failed', error: { code: 'WORKBOOK_EMPTY', message: 'Kosong.' } })).toBeNull();
  });
});
