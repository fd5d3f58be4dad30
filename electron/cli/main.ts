// Command line over the same core and handler table as the app:
// `npx waspada <perintah> … [--json]` or `npm run --silent cli -- <perintah> …`.
import { CommanderError } from 'commander';
import { packageVersion } from '../core/version';
import { printError } from './output';
import { buildProgram } from './program';

buildProgram(packageVersion())
  .parseAsync(process.argv)
  .then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      // Usage errors were already printed by commander (in Bahasa); --help and --version end here with code 0.
      if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
      printError(error, process.argv.includes('--json'));
      process.exit(1);
    },
  );
