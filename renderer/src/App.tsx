import { AboutDialog } from './components/AboutDialog';
import { ExportDialog } from './export/ExportDialog';
import { TemplateDialog } from './export/TemplateDialog';
import { ImportDialog } from './import/ImportDialog';
import { MergeDialog } from './merge/MergeDialog';
import { BoundaryMissing } from './components/BoundaryMissing';
import { LayerPanel } from './components/LayerPanel';
import { NoticeBar } from './components/NoticeBar';
import { RegionPanel } from './components/RegionPanel';
import { SearchBox } from './components/SearchBox';
import { Tooltip } from './components/Tooltip';
import { MapView } from './map/MapView';
import { useWaspada } from './store/store';

/** The workstation: header with search, the map with its layer panel and legend, and the region panel. */
export function App() {
  const status = useWaspada((s) => s.boundaryStatus);
  const toggleAbout = useWaspada((s) => s.aboutToggled);
  const toggleImport = useWaspada((s) => s.importToggled);
  const toggleTemplate = useWaspada((s) => s.templateToggled);

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          Waspada <span>Kewaspadaan Dini Pemilu</span>
        </h1>
        <SearchBox />
        <button type="button" className="primary" onClick={() => toggleImport(true)}>
          Impor buku kerja…
        </button>
        <button type="button" onClick={() => toggleTemplate(true)}>
          Buat templat pengumpulan…
        </button>
        <button type="button" onClick={() => toggleAbout(true)}>
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
        <RegionPanel />
        <Tooltip />
        <NoticeBar />
      </main>
      <AboutDialog />
      <ImportDialog />
      <ExportDialog />
      <TemplateDialog />
      <MergeDialog />
    </div>
  );
}
