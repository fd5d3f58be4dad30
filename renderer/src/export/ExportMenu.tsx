import { MenuButton } from '../components/MenuButton';
import { briefingOpened } from '../store/actions/briefing-actions';
import { exportDialogOpened, templateDialogOpened } from '../store/actions/export-actions';
import { useWaspada } from '../store/store';

/** The header's "Ekspor" menu: every output in one place (briefing map, Excel/CSV annex, collection template). */
export function ExportMenu() {
  const hasLayer = useWaspada((s) => s.activeLayerId !== null);
  return (
    <MenuButton
      label="Ekspor"
      className="export-menu"
      items={[
        { label: 'Peta briefing…', onSelect: () => void briefingOpened() },
        { label: 'Lampiran Excel / CSV…', enabled: hasLayer, onSelect: exportDialogOpened },
        { label: 'Templat pengumpulan…', onSelect: templateDialogOpened },
      ]}
    />
  );
}
