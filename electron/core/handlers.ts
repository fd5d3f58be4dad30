import { z } from 'zod';
import {
  inputSchemas,
  isApiMethod,
  type ApiMethod,
  type ApiOutput,
  type ApiParsedInput,
} from '../../shared/api/contract';
import { ApiError, type ApiResult } from '../../shared/api/errors';
import type { LayerSummary, RegionDetail } from '../../shared/api/types';
import { classOfValue } from '../../shared/classify/classification';
import { DEMO_LAYER_ID } from '../../shared/demo/demo-layer';
import { importBoundaryText } from './boundaries/boundary-import';
import type { Core } from './core';
import { commitImport } from './import/commit-import';
import { issuesToCsv } from '../../shared/import/issues-csv';
import { LAYER_PRESETS } from '../../shared/import/presets';
import { insertDemoLayer, markDemoDeleted } from './layers/demo-layer';

/** One function per API method; both shells route every call through this table. */
export type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

function requireLayer(core: Core, id: string): LayerSummary {
  const layer = core.layers.get(id);
  if (!layer) throw new ApiError('NOT_FOUND', `Lapisan "${id}" tidak ada (mungkin sudah dihapus). Pilih lapisan lain.`);
  return layer;
}

/** File bytes arrive base64-encoded in JSON (HTTP) and IPC alike. */
function decodeBase64(content: string): Uint8Array {
  return new Uint8Array(Buffer.from(content, 'base64'));
}

function regionDetail(core: Core, kode: string): RegionDetail {
  const region = core.regions.get(kode);
  if (!region) throw new ApiError('NOT_FOUND', `Wilayah dengan kode ${kode} tidak ada dalam daftar Kemendagri 2025.`);
  const layers = new Map(core.layers.list().map((l) => [l.id, l]));
  const values = core.layers.valuesForRegion(kode).flatMap((v) => {
    const layer = layers.get(v.layerId);
    if (!layer) return [];
    const classIndex = classOfValue(v.value, v.category, layer.classification);
    return [{ layerId: v.layerId, layerName: layer.name, value: v.value, category: v.category, classIndex }];
  });
  return {
    region,
    parentName: region.induk ? (core.regions.get(region.induk)?.nama ?? null) : null,
    childCount: core.regions.childCount(kode),
    values,
    reports: core.reports.forRegion(kode, 5),
  };
}

/** Builds the handler table over an open core. */
export function createHandlers(core: Core): Handlers {
  return {
    'app.info': () => core.info(),
    'regions.list': ({ level }) => core.regions.list(level),
    'regions.search': ({ query, limit }) => core.regions.search(query, limit),
    'regions.get': ({ kode }) => regionDetail(core, kode),
    'boundaries.get': ({ level }) => core.boundaries.get(level),
    'boundaries.import': ({ fileName, content }) => importBoundaryText(core.db, core.boundaries, content, fileName),
    'layers.list': () => core.layers.list(),
    'layers.values': ({ layerId }) => {
      requireLayer(core, layerId);
      return core.layers.values(layerId);
    },
    'layers.setVisible': ({ layerId, visible }) => {
      requireLayer(core, layerId);
      core.layers.setVisible(layerId, visible);
      return requireLayer(core, layerId);
    },
    'layers.delete': ({ layerId }) => {
      requireLayer(core, layerId);
      // An imported layer goes with its batch, so the history and the duplicate check never point at deleted data.
      const batchId = core.batches.findByLayer(layerId);
      if (batchId !== null) core.batches.undo(batchId);
      core.layers.delete(layerId);
      if (layerId === DEMO_LAYER_ID) markDemoDeleted(core.settings, true);
      return { deleted: true };
    },
    'import.presets': () => {
      // The dialog asks for presets when it opens: start the import worker now, so the first file does not wait.
      core.importWorker.warm().catch(() => undefined);
      return LAYER_PRESETS.map(({ id, name }) => ({ id, name }));
    },
    'import.start': (input) => {
      const source =
        'fromJobId' in input
          ? { fromJobId: input.fromJobId }
          : { fileName: input.fileName, bytes: decodeBase64(input.content) };
      return { jobId: core.imports.start(input.options, source) };
    },
    'import.status': ({ jobId }) => core.imports.state(jobId),
    'import.commit': ({ jobId, allowDuplicate, layerName }) => {
      const result = commitImport(core.db, core.imports.prepared(jobId), { allowDuplicate, layerName });
      if (result.status === 'committed') core.imports.discard(jobId);
      return result;
    },
    'import.issuesCsv': ({ jobId }) => {
      const prepared = core.imports.prepared(jobId);
      const fileName = `masalah-impor-${prepared.preview.fileName.replace(/\.[^.]+$/, '')}.csv`;
      return { fileName, csv: issuesToCsv(prepared.preview.fileName, prepared.interpreted.issues) };
    },
    'import.discard': ({ jobId }) => {
      core.imports.discard(jobId);
      return { discarded: true };
    },
    'batches.list': () => core.batches.list(),
    'batches.undo': ({ batchId }) => {
      core.batches.undo(batchId);
      return { undone: true };
    },
    'regions.remember': ({ input, province, level, kode }) => {
      core.aliases.remember(input, province, level, kode);
      return { remembered: true };
    },
    'layers.restoreDemo': () => {
      if (!core.layers.get(DEMO_LAYER_ID)) insertDemoLayer(core.db, core.layers);
      markDemoDeleted(core.settings, false);
      return requireLayer(core, DEMO_LAYER_ID);
    },
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'masukan'}: ${issue.message}`).join('; ');
}

/**
 * The boundary: validates the method name and input, runs the handler, and turns every failure into
 * `{ code, message }` — an unexpected error is logged here and crosses as INTERNAL without its stack.
 */
export async function dispatch(handlers: Handlers, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Perintah "${String(method)}" tidak dikenal.` } };
  }
  const parsed = inputSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `Masukan untuk ${method} tidak sah — ${describeIssues(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toData() };
    console.error(`[waspada] ${method} gagal:`, error);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'Terjadi kesalahan tak terduga; data tidak diubah. Coba lagi, dan bila berulang laporkan ke pengelola ' +
          'Waspada.',
      },
    };
  }
}
