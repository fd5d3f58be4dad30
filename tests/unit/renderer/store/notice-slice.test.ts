import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { infoDurationMs } from '../../../../renderer/src/store/notices';
import { resetStore, state } from '../helpers/fake-core';

beforeEach(() => {
  vi.useFakeTimers();
  resetStore();
});
afterEach(() => vi.useRealTimers());

describe('notice slice', () => {
  it('a confirmation leaves on its own', () => {
    state().noticeShown({ kind: 'info', text: 'Lapisan dihapus.' });
    vi.advanceTimersByTime(infoDurationMs('Lapisan dihapus.') - 1);
    expect(state().notices).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(state().notices).toEqual([]);
  });

  it('an error stays until the analyst dismisses it', () => {
    const id = state().noticeShown({ kind: 'error', text: 'Berkas rusak. Pilih berkas lain.' });
    vi.advanceTimersByTime(60_000);
    expect(state().notices.map((n) => n.text)).toEqual(['Berkas rusak. Pilih berkas lain.']);
    state().noticeDismissed(id);
    expect(state().notices).toEqual([]);
  });

  it('a confirmation replaced by an error on its subject does not take the error with it when it expires', () => {
    state().noticeShown({ kind: 'info', text: 'Membaca…', subject: 'import' });
    state().noticeShown({ kind: 'error', text: 'Berkas rusak.', subject: 'import' });
    vi.advanceTimersByTime(20_000);
    expect(state().notices.map((n) => n.text)).toEqual(['Berkas rusak.']);
  });

  it('clearing a subject removes its notices and keeps the others', () => {
    state().noticeShown({ kind: 'error', text: 'Berkas rusak.', subject: 'import' });
    state().noticeShown({ kind: 'error', text: 'Pencarian gagal.', subject: 'search' });
    state().noticesCleared('import');
    expect(state().notices.map((n) => n.text)).toEqual(['Pencarian gagal.']);
  });
});
