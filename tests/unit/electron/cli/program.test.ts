import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { translateUsageError } from '../../../../electron/cli/output';
import { buildProgram } from '../../../../electron/cli/program';

/** Runs the program in-process on `args`, capturing what it writes; commander's exits become CommanderErrors. */
async function run(args: string[]): Promise<{ out: string; err: string; error: CommanderError | null }> {
  let out = '';
  let err = '';
  const program = buildProgram('0.0.0-test', {
    writeOut: (text) => void (out += text),
    writeErr: (text) => void (err += text),
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return { out, err, error: null };
  } catch (error) {
    if (error instanceof CommanderError) return { out, err, error };
    throw error;
  }
}

describe('waspada command line', () => {
  it('--help lists every verb with its arguments', async () => {
    const { out, error } = await run(['--help']);
    expect(error?.exitCode).toBe(0);
    for (const verb of [
      'info',
      'regions list --level <tingkat>',
      'regions search <teks>',
      'regions match <berkas>',
      'boundaries import <berkas>',
      'layers list',
      'import <berkas>',
      'batches list',
      'batches undo <id>',
      'reports add --json-input <berkas>',
      'reports list',
      'alerts',
    ]) {
      expect(out).toContain(`  ${verb}`);
    }
    expect(out).toMatch(/^Pemakaian: waspada/);
  });

  it('refuses an unknown option with a Bahasa message and a usage error', async () => {
    const { err, error } = await run(['info', '--bogus']);
    expect(error?.code).toBe('commander.unknownOption');
    expect(err).toContain("galat: opsi '--bogus' tidak dikenal");
  });

  it('refuses a level outside provinsi, kabkota, kecamatan before opening the store', async () => {
    const { err, error } = await run(['regions', 'list', '--level', 'desa']);
    expect(error?.code).toBe('commander.invalidArgument');
    expect(err).toContain('pilihan: provinsi, kabkota, kecamatan');
  });

  it('refuses an unknown verb', async () => {
    const { err, error } = await run(['export-everything']);
    expect(error?.code).toBe('commander.unknownCommand');
    expect(err).toContain("perintah 'export-everything' tidak dikenal");
  });
});

describe('translateUsageError', () => {
  it('keeps a message it does not know, with the Bahasa prefix', () => {
    expect(translateUsageError('error: something new\n')).toBe('galat: something new\n');
  });
});
