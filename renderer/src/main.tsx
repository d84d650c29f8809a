import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The cascade follows import order (Vite bundles CSS in the order the module graph first
// reaches each file): base/theme, then the app frame, then each screen's own stylesheet
// (imported by the screen's module, reached through App below). A screen's rule therefore
// beats a theme or shell rule of the same specificity, as it is written to. Keep these two
// above App's import. layers.css comes first: it declares the cascade layers' order once,
// before any layered rule (the kit's) is seen.
import './styles/layers.css';
import './styles/theme.css';
import './styles/shell.css';
import './i18n/index.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
