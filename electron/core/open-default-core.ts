import { existsSync } from 'node:fs';
import { openSession, type CoreSession, type SessionOptions } from './session/core-session';
import { boundaryPackDir, resolveDataDir } from './paths';
import { packageVersion } from './version';

/** How the CLI and the browser shell open the store: data dir from flag or environment, the generated pack. */
export function defaultSessionOptions(dataDirFlag: string | undefined, dailyBackup = false): SessionOptions {
  const pack = boundaryPackDir();
  return {
    dataDir: resolveDataDir(dataDirFlag),
    version: packageVersion(),
    boundaryPackDir: existsSync(pack) ? pack : null,
    dailyBackup,
  };
}

/** Opens a session the way the CLI, the browser shell and the benchmark do (passphrase from the caller, if any). */
export function openDefaultSession(
  dataDirFlag: string | undefined,
  passphrase: string | null,
  dailyBackup = false,
): Promise<CoreSession> {
  return openSession(defaultSessionOptions(dataDirFlag, dailyBackup), passphrase);
}
