import { AboutDialog } from './components/AboutDialog';
import { ImportDialog } from './import/ImportDialog';
import { BoundaryMissing } from './components/BoundaryMissing';
import { LayerPanel } from './components/LayerPanel';
import { NoticeBar } from './components/NoticeBar';
import { RegionPanel } from './components/RegionPanel';
import { SearchBox } from './components/SearchBox';
import { Tooltip } from './components/Tooltip';
import { MapView } from './map/MapView';
import { AlertRulesDialog } from './reports/AlertRulesDialog';
import { AlertsPanel } from './reports/AlertsPanel';
import { MergeDialog } from './reports/MergeDialog';
import { ReportForm } from './reports/ReportForm';
import { ReportsView } from './reports/ReportsView';
import { TimelineView } from './reports/TimelineView';
import { aboutOpened } from './store/actions/app-actions';
import { importDialogOpened } from './store/actions/import-actions';
import { viewChosen } from './store/actions/register-actions';
import { useWaspada } from './store/store';
import type { ViewName } from './store/ui-slice';

const VIEWS: { view: ViewName; label: string }[] = [
  { view: 'peta', label: 'Peta' },
  { view: 'laporan', label: 'Register laporan' },
  { view: 'linimasa', label: 'Linimasa' },
];

/** The screens, as tabs in the top bar; the map stays mounted under the other screens so it never reloads. */
function ViewTabs() {
  const view = useWaspada((s) => s.view);
  return (
    <nav className="view-tabs" aria-label="Layar">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          aria-current={view === v.view ? 'page' : undefined}
          className={view === v.view ? 'current' : undefined}
          onClick={() => void viewChosen(v.view)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}

/** The workstation: header with search and screens, the map with its panels, the register and the timeline. */
export function App() {
  const status = useWaspada((s) => s.boundaryStatus);
  const view = useWaspada((s) => s.view);

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          Waspada <span>Kewaspadaan Dini Pemilu</span>
        </h1>
        <ViewTabs />
        <SearchBox />
        <button type="button" className="primary" onClick={() => void importDialogOpened()}>
          Impor buku kerja…
        </button>
        <button type="button" onClick={() => void aboutOpened()}>
          Tentang &amp; sumber data
        </button>
      </header>
      <main className="workspace">
        {status === 'loading' && (
          <div className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> Memuat peta…
          </div>
        )}
        {status === 'ready' && <MapView />}
        <BoundaryMissing />
        <LayerPanel />
        <AlertsPanel />
        <RegionPanel />
        <Tooltip />
        {view === 'laporan' && <ReportsView />}
        {view === 'linimasa' && <TimelineView />}
        <NoticeBar host="main" />
      </main>
      <AboutDialog />
      <ImportDialog />
      <ReportForm />
      <MergeDialog />
      <AlertRulesDialog />
    </div>
  );
}
