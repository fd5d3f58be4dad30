import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from './paths';

/** The app version from package.json (the Electron shell asks Electron instead). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
