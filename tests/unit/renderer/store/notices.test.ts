import { describe, expect, it } from 'vitest';
import { infoDurationMs, MAX_NOTICES, withNotice, type Notice } from '../../../../renderer/src/store/notices';

let nextId = 1;
const notice = (kind: Notice['kind'], text: string, subject: string | null = null): Notice => ({
  id: nextId++,
  kind,
  text,
  subject,
});
const texts = (list: Notice[]) => list.map((n) => n.text);

describe('notice policy', () => {
  it('a notice on the same subject replaces the earlier one, whatever its kind', () => {
    const failed = notice('error', 'Berkas rusak.', 'import');
    const saved = notice('info', 'Tersimpan.', 'import');
    expect(texts(withNotice([failed], saved))).toEqual(['Tersimpan.']);
  });

  it('notices on different subjects stay side by side', () => {
    const list = withNotice(
      [notice('error', 'Pencarian gagal.', 'search')],
      notice('error', 'Berkas rusak.', 'import'),
    );
    expect(texts(list)).toEqual(['Pencarian gagal.', 'Berkas rusak.']);
  });

  it('the same failure twice shows once', () => {
    const first = notice('error', 'Layanan tidak menjawab.');
    const list = withNotice([first], notice('error', 'Layanan tidak menjawab.'));
    expect(list).toHaveLength(1);
    expect(list[0]!.id).not.toBe(first.id);
  });

  it('beyond the limit the oldest confirmation makes room before any error', () => {
    const list = [notice('error', 'Galat 1'), notice('info', 'Info 1'), notice('error', 'Galat 2')];
    expect(texts(withNotice(list, notice('info', 'Info 2')))).toEqual(['Galat 1', 'Galat 2', 'Info 2']);
  });

  it('with only errors on screen the oldest error makes room, and the newest notice always shows', () => {
    const errors = Array.from({ length: MAX_NOTICES }, (_, i) => notice('error', `Galat ${i + 1}`));
    expect(texts(withNotice(errors, notice('info', 'Info')))).toEqual(['Galat 2', 'Galat 3', 'Info']);
  });

  it('a confirmation stays at least 5 seconds, longer for longer text, never more than 15', () => {
    expect(infoDurationMs('Lapisan dihapus.')).toBe(5_000);
    expect(infoDurationMs('x'.repeat(100))).toBeGreaterThan(5_000);
    expect(infoDurationMs('x'.repeat(1000))).toBe(15_000);
  });
});
