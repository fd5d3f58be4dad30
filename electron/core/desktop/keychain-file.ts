import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../db/file-modes';
import type { PassphraseKeychain } from '../session/core-session';

/** The OS encryption a remembered passphrase goes through (Electron's safeStorage in the desktop app). */
export interface OsCipher {
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

/** A keychain that can also give back what it remembered, at launch. */
export interface RecallingKeychain extends PassphraseKeychain {
  recall(): string | null;
}

/**
 * Remembers the store's passphrase in one owner-only file, encrypted by the OS (DPAPI, the macOS Keychain, the
 * Secret Service): only this user on this machine can read it back. A file that no longer decrypts (another user,
 * a reinstalled OS) is treated as nothing remembered.
 */
export function fileKeychain(file: string, cipher: OsCipher): RecallingKeychain {
  return {
    remember: (passphrase) => writeFileSync(file, cipher.encryptString(passphrase), { mode: PRIVATE_FILE_MODE }),
    forget: () => rmSync(file, { force: true }),
    isRemembered: () => existsSync(file),
    recall: () => {
      try {
        return cipher.decryptString(readFileSync(file));
      } catch {
        return null;
      }
    },
  };
}
