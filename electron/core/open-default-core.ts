import { existsSync } from 'node:fs';
import { openCore, type Core } from './core';
import { boundaryPackDir, resolveDataDir } from './paths';
import { packageVersion } from './version';

/** Opens the core the way the CLI, the browser shell and the benchmark do: data dir from flag or environment. */
export function openDefaultCore(dataDirFlag: string | undefined): Promise<Core> {
  const pack = boundaryPackDir();
  return openCore({
    dataDir: resolveDataDir(dataDirFlag),
    version: packageVersion(),
    boundaryPackDir: existsSync(pack) ? pack : null,
  });
}
