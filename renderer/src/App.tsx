import { AboutDialog } from './components/AboutDialog';
import { BriefingDialog } from './briefing/BriefingDialog';
import { ExportDialog } from './export/ExportDialog';
import { ExportMenu } from './export/ExportMenu';
import { TemplateDialog } from './export/TemplateDialog';
import { ImportDialog } from './import/ImportDialog';
import { MergeDialog } from './merge/MergeDialog';
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
import { AlertRulesDialog } from './reports/AlertRulesDialog';
import { AlertsPanel } from './reports/AlertsPanel';
import { ReportMergeDialog } from './reports/ReportMergeDialog';
import { ReportForm } from './reports/ReportForm';
import { ReportsView } from './reports/ReportsView';
import { RegisterButton } from './reports/ScreenTabs';
import { TimelineView } from './reports/TimelineView';
import { DamagedBanner } from './safety/DamagedBanner';
import { DesktopBridge } from './safety/DesktopBridge';
import { SafetyDialogs } from './safety/SafetyDialogs';
import { SafetyGate } from './safety/SafetyGate';
import { SafetyMenu } from './safety/SafetyMenu';
import { aboutOpened } from './store/actions/app-actions';
import { importDialogOpened } from './store/actions/import-actions';
import { presentationToggled } from './store/actions/view-actions';
import { useWaspada } from './store/store';

/**
 * The workstation: header with search, the map with its layer panel and legend, alerts and the region panel, the
 * report register and timeline in front of it when chosen — once the store can be read (SafetyGate shows the unlock
 * or "cannot open" screen before that).
 */
export function App() {
  const status = useWaspada((s) => s.boundaryStatus);
  const presentation = useWaspada((s) => s.view.presentation);
  const screen = useWaspada((s) => s.screen);
  const sideBySide = useWaspada((s) => s.view.compareMode === 'side' && s.view.compareWithId !== null);

  return (
    <SafetyGate>
      <div className={`app${presentation ? ' presentation' : ''}`}>
        <DamagedBanner />
        {!presentation && (
          <header className="topbar">
            <h1>
              Waspada <span>Kewaspadaan Dini Pemilu</span>
            </h1>
            <SearchBox />
            <RegisterButton />
            <button
              type="button"
              className="primary"
              aria-label="Impor buku kerja…"
              onClick={() => void importDialogOpened()}
            >
              Impor<span className="wide-only"> buku kerja</span>…
            </button>
            <ExportMenu />
            <SafetyMenu />
            {/* On a narrow window the two last buttons show their first word; their names stay whole. */}
            <button
              type="button"
              aria-label="Mode presentasi"
              onClick={presentationToggled}
              disabled={status !== 'ready'}
            >
              <span className="wide-only">Mode presentasi</span>
              <span className="narrow-only">Presentasi</span>
            </button>
            <button type="button" aria-label="Tentang & sumber data" onClick={() => void aboutOpened()}>
              Tentang<span className="wide-only"> &amp; sumber data</span>
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
          {!presentation && <AlertsPanel />}
          {!presentation && <RegionPanel />}
          <PresentationOverlay />
          <Tooltip />
          {!presentation && screen === 'laporan' && <ReportsView />}
          {!presentation && screen === 'linimasa' && <TimelineView />}
          <NoticeBar host="main" />
        </main>
        <AboutDialog />
        <ImportDialog />
        <ClassEditor />
        <LayerProperties />
        <CompositeEditor />
        <BriefingDialog />
        <ExportDialog />
        <TemplateDialog />
        <MergeDialog />
        <ReportForm />
        <ReportMergeDialog />
        <AlertRulesDialog />
        <SafetyDialogs />
        <DesktopBridge />
      </div>
    </SafetyGate>
  );
}
