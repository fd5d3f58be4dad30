// Remembering the store's passphrase with Electron's safeStorage, only where the OS really encrypts it.
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { fileKeychain, type RecallingKeychain } from '../core/desktop/keychain-file';
import { canRememberPassphrase } from '../core/desktop/security-policy';

/** The keychain for this user on this machine, or undefined when the passphrase cannot be remembered safely here. */
export function passphraseKeychain(userData: string): RecallingKeychain | undefined {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  if (!canRememberPassphrase(safeStorage.isEncryptionAvailable(), process.platform, backend)) return undefined;
  return fileKeychain(join(userData, 'frasa-sandi.bin'), safeStorage);
}
