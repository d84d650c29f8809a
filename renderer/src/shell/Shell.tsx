import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SerializedError } from '../../../shared/errors.js';
import { subscribeClouds, useClouds, useCurrentProfile } from '../stores/clouds.js';
import { notify } from '../stores/notify.js';
import { useUi } from '../stores/ui.js';
import { AllCloudsToggle } from './AllCloudsToggle.js';
import { CloudSwitcher } from './CloudSwitcher.js';
import { CommandPalette } from './CommandPalette.js';
import { LogDrawer } from './LogDrawer.js';
import { followLog } from './log-store.js';
import { Navigation } from './Navigation.js';
import { SecretPrompt } from './SecretPrompt.js';
import { SettingsPanel } from './SettingsPanel.js';
import { StatusBar } from './StatusBar.js';
import { Toasts } from './Toasts.js';
import { useCloudAlerts } from './useCloudAlerts.js';
import { useShortcuts } from './useShortcuts.js';

/** The frame around every screen: cloud switcher, navigation, overlays, request log. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { logOpen, paletteOpen, settingsOpen, setLogOpen, setPaletteOpen, setSettingsOpen } = useUi();
  const current = useCurrentProfile();
  useShortcuts();
  useCloudAlerts();

  useEffect(() => {
    const off = subscribeClouds();
    const offLog = followLog();
    useClouds
      .getState()
      .load()
      .catch((e: { serialized?: SerializedError; message?: string }) =>
        notify({ kind: 'error', critical: true, title: t('cloud.loadFailed'), detail: e.serialized?.message ?? e.message }),
      );
    return () => {
      off();
      offLog();
    };
    // once per app start (`t` changes with the language and must not reload the clouds)
  }, []);

  return (
    <div className="app" style={{ '--cloud-colour': current?.colour ?? 'var(--accent)' } as React.CSSProperties}>
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <header className="kit-row topbar">
        <span className="brand" aria-hidden="true">
          Novadesk
        </span>
        <CloudSwitcher />
        <AllCloudsToggle />
        <Navigation />
        <span className="kit-grow" />
        <button type="button" className="button ghost" onClick={() => setPaletteOpen(true)} aria-keyshortcuts="Control+K">
          {t('shell.commands')} <kbd className="shortcut">Ctrl+K</kbd>
        </button>
        <button type="button" className="button ghost" aria-pressed={logOpen} onClick={() => setLogOpen(!logOpen)} aria-keyshortcuts="Control+J">
          {t('shell.requestLog')}
        </button>
        <button type="button" className="button ghost" onClick={() => setSettingsOpen(true)}>
          {t('shell.settings')}
        </button>
      </header>
      <div className="workspace">
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
        {logOpen && <LogDrawer />}
      </div>
      <StatusBar />
      <Toasts />
      {paletteOpen && <CommandPalette />}
      {settingsOpen && <SettingsPanel />}
      <SecretPrompt />
    </div>
  );
}
