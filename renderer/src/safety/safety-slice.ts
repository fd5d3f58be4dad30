import type { StateCreator } from 'zustand';
import type { AliasEntry } from '../../../shared/api/types';
import type { AuditEntry } from '../../../shared/audit/audit';
import type { BackupList } from '../../../shared/backups/backups';
import type { StoreStatus } from '../../../shared/safety/store-status';
import type { WaspadaState } from '../store/store';

/** The screens of issue 7, opened from the header's "Data & keamanan" menu or the native menu. */
export type SafetyScreen = 'backups' | 'audit' | 'aliases' | 'passphrase';

/** Whether the store can be used, and what the safety screens show. */
export interface SafetySlice {
  /** Null until the first status arrives. */
  storeStatus: StoreStatus | null;
  safetyScreen: SafetyScreen | null;
  backupList: BackupList | null;
  auditEntries: AuditEntry[] | null;
  aliasEntries: AliasEntry[] | null;
  /** A workbook dropped on the window, waiting for the import dialog to take it. */
  droppedImportFile: File | null;
  storeStatusLoaded(status: StoreStatus): void;
  safetyScreenOpened(screen: SafetyScreen | null): void;
  backupListLoaded(list: BackupList): void;
  auditEntriesLoaded(entries: AuditEntry[]): void;
  aliasEntriesLoaded(entries: AliasEntry[]): void;
  importFileDropped(file: File | null): void;
}

export const createSafetySlice: StateCreator<WaspadaState, [], [], SafetySlice> = (set) => ({
  storeStatus: null,
  safetyScreen: null,
  backupList: null,
  auditEntries: null,
  aliasEntries: null,
  droppedImportFile: null,
  storeStatusLoaded: (storeStatus) => set({ storeStatus }),
  safetyScreenOpened: (safetyScreen) => set({ safetyScreen }),
  backupListLoaded: (backupList) => set({ backupList }),
  auditEntriesLoaded: (auditEntries) => set({ auditEntries }),
  aliasEntriesLoaded: (aliasEntries) => set({ aliasEntries }),
  importFileDropped: (droppedImportFile) => set({ droppedImportFile }),
});
