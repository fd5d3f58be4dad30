import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKeychain, type OsCipher } from '../../../../../electron/core/desktop/keychain-file';
import { tempDir } from '../../../helpers/temp-core';

/** Stands in for safeStorage: reversible, and visibly not the plain passphrase. */
const cipher: OsCipher = {
  encryptString: (text) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (data) => {
    if (data[0] === 0x00) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
    return Buffer.from(data).reverse().toString('utf8');
  },
};

describe('fileKeychain', () => {
  it('gives back the remembered passphrase', () => {
    const keychain = fileKeychain(join(tempDir(), 'frasa-sandi.bin'), cipher);
    keychain.remember('kata sandi rahasia');
    expect(keychain.recall()).toBe('kata sandi rahasia');
  });

  it('writes it only through the OS cipher, to an owner-only file', () => {
    const file = join(tempDir(), 'frasa-sandi.bin');
    fileKeychain(file, cipher).remember('kata sandi rahasia');
    expect({ plain: readFileSync(file).includes('kata sandi'), mode: statSync(file).mode & 0o777 }).toEqual({
      plain: false,
      mode: 0o600,
    });
  });

  it('forgets', () => {
    const keychain = fileKeychain(join(tempDir(), 'frasa-sandi.bin'), cipher);
    keychain.remember('kata sandi rahasia');
    keychain.forget();
    expect({ remembered: keychain.isRemembered(), recalled: keychain.recall() }).toEqual({
      remembered: false,
      recalled: null,
    });
  });

  it('treats a file the OS can no longer decrypt as nothing remembered', () => {
    const file = join(tempDir(), 'frasa-sandi.bin');
    writeFileSync(file, Buffer.from([0, 1, 2]));
    expect(fileKeychain(file, cipher).recall()).toBeNull();
  });
});
