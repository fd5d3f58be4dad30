import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { safetyStarted } from './safety/safety-actions';
import './styles.css';
import './reports/insight.css';
import './reports/register.css';
import './reports/form.css';

// Hooks for e2e tests and the benchmark (`?test-hooks` in the address): a separate chunk, never loaded otherwise.
if (new URLSearchParams(window.location.search).has('test-hooks'))
  void import('./testing/test-hooks').then((hooks) => hooks.installTestHooks());

// Ask whether the store is open (or locked, damaged, unavailable) before React's first render; once it can be read,
// boundaries and layers load while rendering starts.
void safetyStarted();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
