import { describe, expect, it } from 'vitest';
import { API_METHODS, inputSchemas, isApiMethod } from '../../../../shared/api/contract';
import { ApiError, ERROR_CODES } from '../../../../shared/api/errors';

describe('isApiMethod', () => {
  it('accepts every method of the contract', () => {
    expect(API_METHODS.filter((m) => !isApiMethod(m))).toEqual([]);
  });

  it.each(['constructor', 'toString', '__proto__', 'regions', '', 42, null])('refuses %j', (name) => {
    expect(isApiMethod(name)).toBe(false);
  });

  it('names every method domain.verb', () => {
    expect(API_METHODS.filter((m) => !/^[a-z]+\.[a-zA-Z]+$/.test(m))).toEqual([]);
  });
});

describe('input schemas', () => {
  it('fills in a search limit of 10 when none is given', () => {
    expect(inputSchemas['regions.search'].parse({ query: 'banjar' })).toEqual({ query: 'banjar', limit: 10 });
  });

  it('refuses a search limit above 50', () => {
    expect(inputSchemas['regions.search'].safeParse({ query: 'banjar', limit: 51 }).success).toBe(false);
  });

  it.each(['63', '63.03', '63.03.01'])('accepts the region code %s', (kode) => {
    expect(inputSchemas['regions.get'].safeParse({ kode }).success).toBe(true);
  });

  it.each(['6303', '63.3', '63.03.01.2001', 'abc'])('refuses the region code %s', (kode) => {
    expect(inputSchemas['regions.get'].safeParse({ kode }).success).toBe(false);
  });
});

describe('ApiError', () => {
  it('crosses the boundary as code and message only', () => {
    expect(new ApiError('NOT_FOUND', 'Tidak ada.').toData()).toEqual({ code: 'NOT_FOUND', message: 'Tidak ada.' });
  });

  it('uses codes from the closed list', () => {
    expect(ERROR_CODES).toEqual(
      expect.arrayContaining([
        'INVALID_INPUT',
        'UNKNOWN_METHOD',
        'UNAUTHORIZED',
        'NOT_FOUND',
        'DB_NEWER_VERSION',
        'DB_UNREADABLE',
        'BOUNDARY_FILE_INVALID',
        'INTERNAL',
      ]),
    );
  });
});
