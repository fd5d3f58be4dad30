import { ApiError } from '../../../shared/api/errors';
import type { Core } from '../core';
import type { DomainHandlers } from './types';

/** Loaded on the first briefing call: pdfkit, resvg and ExcelJS (the pack's annex) are half a second of start-up. */
const briefingJobs = () => import('../briefing/briefing-jobs');

/** Briefing maps: the page preview, exports, atlas and pack as long jobs, and layouts saved by name. */
export function briefingHandlers({ store, jobs, version }: Core): DomainHandlers<'briefing'> {
  return {
    'briefing.preview': async (view) => (await briefingJobs()).previewBriefing(store, view),
    'briefing.export': (input) => ({
      jobId: jobs.start('briefing.export', async (c) => (await briefingJobs()).exportBriefing(store, input, c)),
    }),
    'briefing.atlas': (input) => ({
      jobId: jobs.start('briefing.atlas', async (c) => (await briefingJobs()).exportAtlas(store, input, c)),
    }),
    'briefing.pack': (input) => ({
      jobId: jobs.start('briefing.pack', async (c) =>
        (await briefingJobs()).exportPack(store, input, c, { version, now: new Date() }),
      ),
    }),
    'briefing.layouts': () => store.briefingLayouts.list(),
    'briefing.saveLayout': ({ name, layout }) => {
      store.transaction(() => {
        store.briefingLayouts.save(name, layout);
        store.audit.record({
          action: 'briefing.layoutSaved',
          subject: name,
          summary: `Tata letak peta briefing "${name}" disimpan.`,
          details: { layout },
        });
      });
      return store.briefingLayouts.get(name)!;
    },
    'briefing.deleteLayout': ({ name }) => {
      const deleted = store.transaction(() => {
        if (!store.briefingLayouts.delete(name)) return false;
        store.audit.record({
          action: 'briefing.layoutDeleted',
          subject: name,
          summary: `Tata letak peta briefing "${name}" dihapus.`,
        });
        return true;
      });
      if (!deleted) throw new ApiError('NOT_FOUND', `Tata letak "${name}" tidak ada (mungkin sudah dihapus).`);
      return { deleted };
    },
  };
}
