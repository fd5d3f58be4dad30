import { useEffect } from 'react';
import { AboutDialog } from './components/AboutDialog';
import { BoundaryMissing } from './components/BoundaryMissing';
import { LayerPanel } from './components/LayerPanel';
import { NoticeBar } from './components/NoticeBar';
import { RegionPanel } from './components/RegionPanel';
import { SearchBox } from './components/SearchBox';
import { Tooltip } from './components/Tooltip';
import { MapView } from './map/MapView';
import { appStarted } from './store/actions';
import { useWaspada } from './store/store';

/** The workstation: header with search, the map with its layer panel and legend, and the region panel. */
export function App() {
  const status = useWaspada((s) => s.boundaryStatus);
  const toggleAbout = useWaspada((s) => s.aboutToggled);
  useEffect(() => {
    void appStarted();
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Waspada <span>Kewaspadaan Dini Pemilu</span></h1>
        <SearchBox />
        <button type="button" onClick={() => toggleAbout(true)}>Tentang &amp; sumber data</button>
      </header>
      <main className="workspace">
        {status === 'loading' && <div className="loading" role="status"><span className="spinner" aria-hidden="true" /> Memuat peta…</div>}
        {status === 'ready' && <MapView />}
        <BoundaryMissing />
        <LayerPanel />
        <RegionPanel />
        <Tooltip />
        <NoticeBar />
      </main>
      <AboutDialog />
    </div>
  );
}
