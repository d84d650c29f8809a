import { create } from 'zustand';
import i18n, { LANGUAGES, setLanguage, type Language } from '../i18n/index.js';

export type Theme = 'light' | 'dark';
const THEME_KEY = 'novadesk.theme';

function initialTheme(): Theme {
  try {
    const v = globalThis.localStorage?.getItem(THEME_KEY);
    if (v === 'light' || v === 'dark') return v;
  } catch {
    // no storage
  }
  // first run: follow the system
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = theme;
}

function currentLanguage(): Language {
  const l = i18n.language;
  return (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'en';
}

/** Shell-wide view state: theme, language, and which overlays are open. */
interface UiState {
  theme: Theme;
  language: Language;
  logOpen: boolean;
  paletteOpen: boolean;
  settingsOpen: boolean;
  /** the cloud whose missing secret is being asked for where it was needed */
  secretPromptFor: string | undefined;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
  setLanguage(lng: Language): void;
  setLogOpen(open: boolean): void;
  setPaletteOpen(open: boolean): void;
  setSettingsOpen(open: boolean): void;
  setSecretPrompt(cloud: string | undefined): void;
}

export const useUi = create<UiState>()((set, get) => ({
  theme: initialTheme(),
  language: currentLanguage(),
  logOpen: false,
  paletteOpen: false,
  settingsOpen: false,
  secretPromptFor: undefined,
  setTheme(theme) {
    try {
      globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // the choice then lasts for the run
    }
    applyTheme(theme);
    set({ theme });
  },
  toggleTheme() {
    get().setTheme(get().theme === 'dark' ? 'light' : 'dark');
  },
  setLanguage(lng) {
    setLanguage(lng);
    set({ language: lng });
  },
  setLogOpen(open) {
    set({ logOpen: open });
  },
  setPaletteOpen(open) {
    set({ paletteOpen: open });
  },
  setSettingsOpen(open) {
    set({ settingsOpen: open });
  },
  setSecretPrompt(cloud) {
    set({ secretPromptFor: cloud });
  },
}));

applyTheme(useUi.getState().theme);
