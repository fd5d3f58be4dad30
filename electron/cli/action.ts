import type { Command } from 'commander';

/** What every command's work receives: the global options and the command's own options. */
export interface Context {
  dataDir?: string;
  json: boolean;
  /** The command's own options (--sheet, --level …). */
  flags: Record<string, unknown>;
}

/**
 * Adapts one command's work to commander (which passes positionals, then options, then the command) and turns its
 * result into the exit code.
 */
export function action<A extends string[]>(run: (context: Context, ...positionals: A) => Promise<number | void>) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const { dataDir, json } = command.optsWithGlobals<{ dataDir?: string; json?: boolean }>();
    const positionals = args.slice(0, -2) as A;
    process.exitCode = (await run({ dataDir, json: json === true, flags: command.opts() }, ...positionals)) ?? 0;
  };
}
