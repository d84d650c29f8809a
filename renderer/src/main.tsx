import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The cascade is the layers' order (styles/layers.css: theme, shell, kit, screen), not import
// order: a screen's rule beats a shell or theme rule whatever its specificity or the order
// Vite emits the files in. layers.css still comes first, so the order is declared before any
// layered rule is seen. The kit's primitives (kit-stack, kit-row…) are used outside the kit's
// screens too, so its sheet loads with the app rather than with the first kit screen.
import './styles/layers.css';
import './styles/theme.css';
import './styles/shell.css';
import './kit/kit.css';
import './i18n/index.js';
import { App } from './App.js';
import { askForFirstScreen } from './shell/first-screen.js';

askForFirstScreen();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
