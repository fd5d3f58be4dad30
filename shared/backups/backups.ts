/** Why a backup was taken; each automatic backup names the change it guards against. */
export const BACKUP_REASONS = [
  'harian',
  'manual',
  'sebelum-migrasi',
  'sebelum-batal-batch',
  'sebelum-ganti-batas',
  'sebelum-pulihkan',
  'sebelum-frasa-sandi',
  'rusak',
] as const;

export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How the restore screen names each reason. */
export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  harian: 'cadangan harian',
  manual: 'dibuat analis',
  'sebelum-migrasi': 'sebelum pembaruan skema',
  'sebelum-batal-batch': 'sebelum batch dibatalkan',
  'sebelum-ganti-batas': 'sebelum batas wilayah diganti',
  'sebelum-pulihkan': 'sebelum pemulihan cadangan',
  'sebelum-frasa-sandi': 'sebelum frasa sandi diubah',
  rusak: 'salinan basis data rusak',
};

/** How many backups are kept when the analyst has not chosen. */
export const DEFAULT_BACKUP_KEEP = 10;
export const MAX_BACKUP_KEEP = 100;

/** What a backup holds, counted when it was written. */
export interface BackupContents {
  layers: number;
  batches: number;
  reports: number;
}

/** One backup file in the data folder's backup folder. */
export interface BackupInfo {
  /** File name inside the backup folder (what the restore screen and `restore` accept). */
  name: string;
  /** Absolute path. */
  file: string;
  /** ISO timestamp (UTC). */
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  encrypted: boolean;
  schemaVersion: number | null;
  /** Null for a copy whose contents could not be counted (a damaged store's copy). */
  contents: BackupContents | null;
}

/** The backup folder, how many backups it keeps, and its backups newest first. */
export interface BackupList {
  folder: string;
  keep: number;
  backups: BackupInfo[];
}

/** What a restore did: the backup now in use, and the copy of the store it replaced. */
export interface RestoreResult {
  restored: BackupInfo;
  safetyCopy: BackupInfo | null;
}
