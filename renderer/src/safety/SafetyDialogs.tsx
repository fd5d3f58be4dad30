import { useWaspada } from '../store/store';
import { AliasesDialog } from './AliasesDialog';
import { AuditDialog } from './AuditDialog';
import { BackupsDialog } from './BackupsDialog';
import { PassphraseDialog } from './PassphraseDialog';

/** The open safety dialog, if any (one modal at a time: the ui slice's `dialog`). */
export function SafetyDialogs() {
  const dialog = useWaspada((s) => s.dialog);
  if (dialog === 'backups') return <BackupsDialog />;
  if (dialog === 'audit') return <AuditDialog />;
  if (dialog === 'aliases') return <AliasesDialog />;
  if (dialog === 'passphrase') return <PassphraseDialog />;
  return null;
}
