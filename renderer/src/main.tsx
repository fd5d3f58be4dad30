import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { appStarted } from './store/actions/app-actions';
import './styles.css';
import './reports/insight.css';
import './reports/register.css';
import './reports/form.css';

// Hooks for e2e tests and the benchmark (`?test-hooks` in the address): a separate chunk, never loaded otherwise.
if (new URLSearchParams(window.location.search).has('test-hooks'))
  void import('./testing/test-hooks').then((hooks) => hooks.installTestHooks());

// Fetch boundaries and layers before React's first render, so data and rendering overlap.
void appStarted();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
