import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { appStarted } from './store/actions';
import './styles.css';

// Fetch boundaries and layers before React's first render, so data and rendering overlap.
void appStarted();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
