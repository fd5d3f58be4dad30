import { AboutDialog } from './components/AboutDialog';
import { ImportDialog } from './import/ImportDialog';
import { BoundaryMissing } from './components/BoundaryMissing';
import { LayerPanel } from './components/LayerPanel';
import { NoticeBar } from './components/NoticeBar';
import { RegionPanel } from './components/RegionPanel';
import { SearchBox } from './components/SearchBox';
import { Tooltip } from './components/Tooltip';
import { CompareMap, MainCaption } from './compare/CompareMap';
import { ClassEditor } from './layers/ClassEditor';
import { CompositeEditor } from './layers/CompositeEditor';
import { LayerProperties } from './layers/LayerProperties';
import { PresentationOverlay } from './layers/PresentationOverlay';
import { RankingTable } from './layers/RankingTable';
import { MapView } from './map/MapView';
import { aboutOpened } from './store/actions/app-actions';
import { importDialogOpened } from './store/actions/import-actions';
import { presentationToggled } from './store/actions/view-actions';
import { useWaspada } from './store/store';

/** The workstation: header with search, the map with its layer panel and legend, and the region panel. */
export function App() {
  const status = useWaspada((s) => s.boundaryStatus);
  const presentation = useWaspada((s) => s.view.presentation);
  const sideBySide = useWaspada((s) => s.view.compareMode === 'side' && s.view.compareWithId !== null);

  return (
    <div className={`app${presentation ? ' presentation' : ''}`}>
      {!presentation && (
        <header className="topbar">
          <h1>
            Waspada <span>Kewaspadaan Dini Pemilu</span>
          </h1>
          <SearchBox />
          <button type="button" className="primary" onClick={() => void importDialogOpened()}>
            Impor buku kerja…
          </button>
          <button type="button" onClick={presentationToggled} disabled={status !== 'ready'}>
            Mode presentasi
          </button>
          <button type="button" onClick={() => void aboutOpened()}>
            Tentang &amp; sumber data
          </button>
        </header>
      )}
      <main className={`workspace${sideBySide ? ' side-by-side' : ''}`}>
        {status === 'loading' && (
          <div className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> Memuat peta…
          </div>
        )}
        {status === 'ready' && (
          <div className="maps">
            <div className="main-map">
              <MainCaption />
              <MapView />
            </div>
            <CompareMap />
          </div>
        )}
        <BoundaryMissing />
        {!presentation && <LayerPanel />}
        {!presentation && <RankingTable />}
        {!presentation && <RegionPanel />}
        <PresentationOverlay />
        <Tooltip />
        <NoticeBar host="main" />
      </main>
      <AboutDialog />
      <ImportDialog />
      <ClassEditor />
      <LayerProperties />
      <CompositeEditor />
    </div>
  );
}
