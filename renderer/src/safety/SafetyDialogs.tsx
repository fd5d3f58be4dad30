import { useWaspada } from '../store/store';
import { AliasesDialog } from './AliasesDialog';
import { AuditDialog } from './AuditDialog';
import { BackupsDialog } from './BackupsDialog';
import { PassphraseDialog } from './PassphraseDialog';

/** The open safety screen, if any. */
export function SafetyDialogs() {
  const screen = useWaspada((s) => s.safetyScreen);
  if (screen === 'backups') return <BackupsDialog />;
  if (screen === 'audit') return <AuditDialog />;
  if (screen === 'aliases') return <AliasesDialog />;
  if (screen === 'passphrase') return <PassphraseDialog />;
  return null;
}
