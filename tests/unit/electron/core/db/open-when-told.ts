// Child process for the first-open race test: loads everything, waits until the "go" file appears (so several
// processes open the same new data folder in the same millisecond), then opens the core and closes it.
import { existsSync } from 'node:fs';
import { openCore } from '../../../../../electron/core/core';

const [dataDir, go] = process.argv.slice(2) as [string, string];
while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 1));
const core = await openCore({ dataDir, version: '0.0.0-test', boundaryPackDir: null });
core.close();
