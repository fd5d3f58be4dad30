import type { StateCreator } from 'zustand';
import type { AliasEntry } from '../../../shared/api/types';
import type { AuditEntry } from '../../../shared/audit/audit';
import type { BackupList } from '../../../shared/backups/backups';
import type { StoreStatus } from '../../../shared/safety/store-status';
import type { WaspadaState } from '../store/store';
import type { DialogName } from '../store/ui-slice';

/** The dialogs of issue 7, opened from the header's "Data & keamanan" menu or the native menu. */
export type SafetyScreen = Extract<DialogName, 'backups' | 'audit' | 'aliases' | 'passphrase'>;

/** Whether the store can be used, and what the safety dialogs show. */
export interface SafetySlice {
  /** Null until the first status arrives. */
  storeStatus: StoreStatus | null;
  backupList: BackupList | null;
  auditEntries: AuditEntry[] | null;
  aliasEntries: AliasEntry[] | null;
  storeStatusLoaded(status: StoreStatus): void;
  backupListLoaded(list: BackupList): void;
  auditEntriesLoaded(entries: AuditEntry[]): void;
  aliasEntriesLoaded(entries: AliasEntry[]): void;
}

export const createSafetySlice: StateCreator<WaspadaState, [], [], SafetySlice> = (set) => ({
  storeStatus: null,
  backupList: null,
  auditEntries: null,
  aliasEntries: null,
  storeStatusLoaded: (storeStatus) => set({ storeStatus }),
  backupListLoaded: (backupList) => set({ backupList }),
  auditEntriesLoaded: (auditEntries) => set({ auditEntries }),
  aliasEntriesLoaded: (aliasEntries) => set({ aliasEntries }),
});
