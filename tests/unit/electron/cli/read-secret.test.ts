import { describe, expect, it } from 'vitest';
import { applyKeys } from '../../../../electron/cli/read-secret';

const start = { value: '', done: false, cancelled: false };
const type = (...chunks: string[]) => chunks.reduce(applyKeys, start);

describe('applyKeys (no-echo passphrase prompt)', () => {
  it('ends at Enter', () => expect(type('rahasia', '\r')).toEqual({ value: 'rahasia', done: true, cancelled: false }));

  it('takes a pasted passphrase with its newline in one chunk', () => {
    expect(type('kata sandi panjang\n')).toEqual({ value: 'kata sandi panjang', done: true, cancelled: false });
  });

  it('deletes one character per Backspace, accents included', () => {
    expect(type('rahasiā', '\u007f', '\u007f', 'a', '\r').value).toBe('rahasa');
  });

  it('cancels at Ctrl-C and keeps nothing', () => {
    expect(type('rahasia', '\u0003')).toEqual({ value: '', done: true, cancelled: true });
  });

  it('ignores arrow keys and other escape sequences', () =>
    expect(type('ab', '\u001b[A', 'c', '\r').value).toBe('abc'));
});
