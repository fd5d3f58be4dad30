// Shared setup for the report register tests: a real core over a real SQLite file, called through the same dispatch
// as the app's windows, and a complete report to vary.
import { createHandlers, dispatch } from '../../../../../electron/core/handlers';
import type { Core, CoreOptions } from '../../../../../electron/core/core';
import { createCaller, type CallApi } from '../../../../../shared/api/caller';
import type { ReportFieldsInput } from '../../../../../shared/reports/report-schema';
import { openTempCore } from '../../../helpers/temp-core';

/** A typed call through the same dispatch as the app's windows; an error result rejects with its ApiError. */
export type Call = CallApi;

/** A fresh core (encrypted when given a passphrase) and a caller over it. */
export async function openReportsCore(options: Partial<CoreOptions> = {}): Promise<{ core: Core; call: Call }> {
  const core = await openTempCore(options);
  const handlers = createHandlers(core);
  return { core, call: createCaller({ invoke: (method, input) => dispatch(handlers, method, input) }) };
}

/** A complete laporan informasi from Kabupaten Sampang; pass what the test varies. */
export function report(overrides: Partial<ReportFieldsInput> = {}): ReportFieldsInput {
  return {
    tanggal: '2024-11-20',
    presisi: 'hari',
    kode: '35.27',
    jenis: 'G',
    aspek: 'politik',
    kategoriId: 'konflik-antarpendukung',
    keparahan: 3,
    uraian: 'Bentrok massa pendukung dua paslon di depan posko',
    bagaimana: 'Massa datang selepas debat kandidat; aparat melerai.',
    sumber: 'FKDM Sampang',
    keandalan: 'B',
    kredibilitas: 2,
    pencatat: 'Analis Kesbangpol',
    ...overrides,
  };
}

/** Creates reports and returns their ids. */
export async function add(call: Call, ...reports: ReportFieldsInput[]): Promise<number[]> {
  return (await call('reports.create', { reports })).ids;
}
