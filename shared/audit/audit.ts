/** Every kind of change the audit trail records; each is written in the same transaction as the change. */
export const AUDIT_ACTIONS = [
  'import.committed',
  'batch.undone',
  'layer.deleted',
  'layer.edited',
  'layer.restored',
  'boundaries.replaced',
  'alias.remembered',
  'alias.removed',
  'backup.restored',
  'passphrase.changed',
  'report.created',
  'report.edited',
  'report.deleted',
  'report.restored',
  'report.merged',
  'categories.saved',
  'timeline.saved',
  'alerts.rulesSaved',
  'alert.acknowledged',
  'briefing.layoutSaved',
  'briefing.layoutDeleted',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How the audit screen and its CSV name each action. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'import.committed': 'Impor disimpan',
  'batch.undone': 'Batch dibatalkan',
  'layer.deleted': 'Lapisan dihapus',
  'layer.edited': 'Lapisan diubah',
  'layer.restored': 'Lapisan dipulihkan',
  'boundaries.replaced': 'Batas wilayah diganti',
  'alias.remembered': 'Jawaban wilayah diingat',
  'alias.removed': 'Jawaban wilayah dilupakan',
  'backup.restored': 'Cadangan dipulihkan',
  'passphrase.changed': 'Frasa sandi diubah',
  'report.created': 'Laporan dibuat',
  'report.edited': 'Laporan diubah',
  'report.deleted': 'Laporan dihapus',
  'report.restored': 'Laporan dipulihkan',
  'report.merged': 'Laporan digabungkan',
  'categories.saved': 'Taksonomi kategori disimpan',
  'timeline.saved': 'Jadwal tahapan disimpan',
  'alerts.rulesSaved': 'Aturan peringatan disimpan',
  'alert.acknowledged': 'Peringatan ditanggapi',
  'briefing.layoutSaved': 'Tata letak peta briefing disimpan',
  'briefing.layoutDeleted': 'Tata letak peta briefing dihapus',
};

/** One entry of the audit trail as listed and exported. */
export interface AuditEntry {
  id: number;
  /** ISO timestamp (UTC). */
  at: string;
  action: AuditAction;
  subject: string | null;
  summary: string;
  details: Record<string, unknown> | null;
}
