import { describe, expect, it } from 'vitest';
import { isBusy, retryWhileBusy } from '../../../../../electron/core/db/busy';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('retryWhileBusy', () => {
  it('tries again after SQLITE_BUSY until the work succeeds', () => {
    let tries = 0;
    const result = retryWhileBusy(() => {
      tries += 1;
      if (tries < 3) throw busy();
      return 'terbuka';
    });
    expect({ result, tries }).toEqual({ result: 'terbuka', tries: 3 });
  });

  it('throws any other error at once', () => {
    let tries = 0;
    const fail = () => {
      tries += 1;
      throw Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
    };
    expect(() => retryWhileBusy(fail)).toThrow('file is not a database');
    expect(tries).toBe(1);
  });

  it('gives up with the busy error once the time limit has passed', () => {
    let clock = 0;
    let tries = 0;
    const fail = () => {
      tries += 1;
      clock += 400;
      throw busy();
    };
    expect(() => retryWhileBusy(fail, 1000, () => clock)).toThrow('database is locked');
    expect(tries).toBe(3);
  });

  it('recognises SQLite busy codes only', () => {
    expect([busy(), { code: 'SQLITE_BUSY_RECOVERY' }, { code: 'SQLITE_LOCKED' }, null].map(isBusy)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
