import type { TFunction } from 'i18next';
import { shortcutSlots } from '../../../shared/profile-shortcuts.js';
import type { ProfileView } from '../../../shared/schemas/profile.js';
import { cloudLabel, useClouds } from '../stores/clouds.js';
import { useUi } from '../stores/ui.js';
import { switchCloud } from './cloud-actions.js';
import type { ScopeChoice } from './scope-targets.js';
import { useOverview } from '../screens/overview/overview-store.js';
import { serverCommands } from '../screens/servers/server-commands.js';
import { useServerIntent } from '../screens/servers/server-intent.js';
import { useServers } from '../screens/servers/servers-store.js';
import { navigate, ROUTES } from '../lib/routes.js';

export interface Command {
  id: string;
  title: string;
  /** a short group name shown beside the title */
  group: string;
  shortcut?: string;
  /** more text the query matches (a server's id) */
  keywords?: string;
  run(): void;
}

/** The palette's commands, built fresh each time it opens (clouds and theme change). */
export function buildCommands(t: TFunction, profiles: ProfileView[], theme: string, logOpen: boolean, choices: ScopeChoice[] = []): Command[] {
  const ui = useUi.getState();
  const nav: Command[] = ROUTES.map((r) => ({
    id: `nav.${r}`,
    title: t('palette.goTo', { screen: t(`nav.${r}`) }),
    group: t('palette.groupNavigate'),
    run: () => navigate(r),
  }));
  const slots = shortcutSlots(profiles);
  const clouds: Command[] = profiles.map((p) => ({
    id: `cloud.${p.id}`,
    title: t('palette.switchCloud', { cloud: cloudLabel(p) }),
    group: t('palette.groupCloud'),
    ...(slots.has(p.id) ? { shortcut: `Ctrl+${slots.get(p.id)}` } : {}),
    run: () => switchCloud(p.id),
  }));
  const scopes: Command[] = choices
    .filter((c) => !c.current)
    .map((c) => ({
      id: `scope.${c.kind}.${c.target}`,
      title: t(c.kind === 'project' ? 'palette.switchProject' : 'palette.switchRegion', { name: c.label }),
      group: t('palette.groupCloud'),
      run: () => switchCloud(c.target),
    }));
  const all = useClouds.getState().allClouds;
  return [
    ...nav,
    ...clouds,
    ...scopes,
    {
      id: 'clouds.all',
      title: all ? t('palette.allCloudsOff') : t('palette.allCloudsOn'),
      group: t('palette.groupCloud'),
      run: () => useClouds.getState().setAllClouds(!all),
    },
    {
      id: 'overview.across',
      title: t('palette.overviewAcross'),
      group: t('palette.groupCloud'),
      run: () => {
        useOverview.getState().setAcross(true);
        navigate('overview');
      },
    },
    {
      id: 'theme.toggle',
      title: theme === 'dark' ? t('palette.lightTheme') : t('palette.darkTheme'),
      group: t('palette.groupView'),
      run: () => ui.toggleTheme(),
    },
    {
      id: 'log.toggle',
      title: logOpen ? t('palette.closeLog') : t('palette.openLog'),
      group: t('palette.groupView'),
      run: () => ui.setLogOpen(!logOpen),
    },
    {
      id: 'settings.open',
      title: t('palette.openSettings'),
      group: t('palette.groupView'),
      run: () => ui.setSettingsOpen(true),
    },
  ];
}

/** Every word typed must appear in the title or group (any order, any case). */
export function matchCommands(commands: Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands;
  return commands.filter((c) => {
    const hay = `${c.title} ${c.group} ${c.keywords ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/**
 * The current cloud's servers that match what is typed, each with "open" and the actions its
 * state allows. Running one hands it to the servers screen, which runs it as its own menu does
 * (dialogs, confirmation, production guard).
 */
export function findServerCommands(t: TFunction, query: string): Command[] {
  const cloud = useClouds.getState().currentId;
  const servers = cloud ? (useServers.getState().lists[cloud]?.items ?? []) : [];
  return serverCommands(t, cloud, servers, query).map((c) => ({
    id: c.id,
    title: c.title,
    group: c.group,
    keywords: c.keywords,
    run: () => {
      useServerIntent.getState().ask({ cloud: c.cloud, id: c.serverId, action: c.action });
      navigate('servers');
    },
  }));
}
