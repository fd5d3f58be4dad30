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
  'alerts.rules-saved',
  'alert.acknowledged',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
