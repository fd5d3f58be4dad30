import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../../electron/core/handlers';
import { createCaller } from '../../../../../shared/api/caller';
import { ApiError } from '../../../../../shared/api/errors';
import { openTempCore } from '../../../helpers/temp-core';

async function api() {
  const core = await openTempCore();
  const handlers = createHandlers(core);
  return { core, call: createCaller({ invoke: (method, input) => dispatch(handlers, method, input) }) };
}

describe('saved briefing layouts', () => {
  it('are saved by name with every default filled in, and listed', async () => {
    const { call } = await api();
    await call('briefing.saveLayout', { name: 'Rakor A3', layout: { paper: 'A3', title: 'Rakor' } });
    const [saved] = await call('briefing.layouts', {});
    expect(saved).toMatchObject({
      name: 'Rakor A3',
      layout: { paper: 'A3', title: 'Rakor', orientation: 'landscape' },
    });
  });

  it('replace the layout of the same name', async () => {
    const { call } = await api();
    await call('briefing.saveLayout', { name: 'FGD', layout: { paper: 'A3' } });
    await call('briefing.saveLayout', { name: 'FGD', layout: { paper: 'A4', orientation: 'portrait' } });
    const layouts = await call('briefing.layouts', {});
    expect(layouts.map((l) => [l.name, l.layout.paper, l.layout.orientation])).toEqual([['FGD', 'A4', 'portrait']]);
  });

  it('are recorded in the audit trail when saved and deleted', async () => {
    const { call } = await api();
    await call('briefing.saveLayout', { name: 'FGD', layout: {} });
    await call('briefing.deleteLayout', { name: 'FGD' });
    const actions = (await call('audit.list', {})).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['briefing.layoutSaved', 'briefing.layoutDeleted']));
    expect(await call('briefing.layouts', {})).toEqual([]);
  });

  it('refuse a bad layout and store nothing', async () => {
    const { call } = await api();
    const error = await call('briefing.saveLayout', { name: 'X', layout: { tableTop: 0 } }).catch((e: ApiError) => e);
    expect((error as ApiError).code).toBe('INVALID_INPUT');
    expect(await call('briefing.layouts', {})).toEqual([]);
  });

  it('say so when asked to delete one that is not there', async () => {
    const { call } = await api();
    const error = await call('briefing.deleteLayout', { name: 'tidak ada' }).catch((e: ApiError) => e);
    expect((error as ApiError).code).toBe('NOT_FOUND');
  });
});
