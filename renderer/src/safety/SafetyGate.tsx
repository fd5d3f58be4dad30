import type { ReactNode } from 'react';
import { useWaspada } from '../store/store';
import { StoreProblem } from './StoreProblem';
import { UnlockScreen } from './UnlockScreen';
import './safety.css';

/** Shows the app once the store can be read; until then, the unlock screen or the clear "cannot open" screen. */
export function SafetyGate({ children }: { children: ReactNode }) {
  const status = useWaspada((s) => s.storeStatus);
  if (!status) {
    return (
      <main className="safety-screen">
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Membuka basis data…
        </p>
      </main>
    );
  }
  if (status.state === 'locked') return <UnlockScreen status={status} />;
  if (status.state === 'unavailable') return <StoreProblem status={status} />;
  return children;
}
