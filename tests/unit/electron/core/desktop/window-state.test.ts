import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadWindowState,
  MIN_SIZE,
  restoreWindowState,
  saveWindowState,
} from '../../../../../electron/core/desktop/window-state';
import { tempDir } from '../../../helpers/temp-core';

const LAPTOP = [{ x: 0, y: 0, width: 1366, height: 728 }];
const TWO_SCREENS = [...LAPTOP, { x: 1366, y: 0, width: 1920, height: 1050 }];

describe('restoreWindowState', () => {
  it('reopens where the window was', () => {
    const saved = { bounds: { x: 50, y: 40, width: 1200, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, LAPTOP)).toEqual(saved);
  });

  it('keeps a window on the second screen while that screen is connected', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, TWO_SCREENS)).toEqual(saved);
  });

  it('falls back to the default when the screen it was on is gone', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(restoreWindowState(saved, LAPTOP)).toEqual({ bounds: null, maximized: false });
  });

  it('enlarges a window saved smaller than the minimum', () => {
    const saved = { bounds: { x: 0, y: 0, width: 300, height: 200 }, maximized: false };
    expect(restoreWindowState(saved, LAPTOP).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it.each([null, 'rusak', { bounds: { x: 'a' } }, { bounds: { x: 0, y: 0, width: NaN, height: 1 } }])(
    'opens at the default for %j',
    (saved) => expect(restoreWindowState(saved, LAPTOP).bounds).toBeNull(),
  );
});

describe('window state file', () => {
  it('round-trips through an owner-only file', () => {
    const file = join(tempDir(), 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true };
    saveWindowState(file, state);
    expect({ loaded: loadWindowState(file), mode: statSync(file).mode & 0o777 }).toEqual({
      loaded: state,
      mode: 0o600,
    });
  });

  it('reads a damaged file as nothing remembered', () => {
    const file = join(tempDir(), 'window-state.json');
    saveWindowState(file, { bounds: null, maximized: false });
    expect(readFileSync(file, 'utf8')).toBe('{"bounds":null,"maximized":false}');
    expect(loadWindowState(join(tempDir(), 'tidak-ada.json'))).toBeNull();
  });
});
