import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../../../shared/reports/search-text';

describe('ftsQuery', () => {
  it('asks for every word, each also as a prefix', () => {
    expect(ftsQuery('politik uang')).toBe('"politik"* "uang"*');
  });

  it('folds case and diacritics the way the index does', () => {
    expect(ftsQuery('PÉMILU Café')).toBe('"pemilu"* "cafe"*');
  });

  it('quotes words so FTS5 syntax typed by the analyst is searched as text', () => {
    expect(ftsQuery('uang OR "NEAR(a b)" -x')).toBe('"uang"* "or"* "near"* "a"* "b"* "x"*');
  });

  it('gives null when there is nothing to search for', () => {
    expect(ftsQuery(' -- ')).toBeNull();
  });
});
