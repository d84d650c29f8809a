import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface SearchContext {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
  platform?: NodeJS.Platform;
}

export interface FoundFiles {
  clouds?: string;
  secure?: string;
  /** every place looked at, in order, for the "where did you look?" question */
  searched: string[];
}

/** appdirs' user and site config dirs for ('openstack', 'OpenStack'), as openstacksdk asks them. */
function platformDirs(ctx: Required<SearchContext>): { user: string; site: string } {
  const { env, home, platform } = ctx;
  if (platform === 'darwin') {
    return { user: join(home, 'Library', 'Application Support', 'openstack'), site: '/Library/Application Support/openstack' };
  }
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    const common = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
    return { user: join(local, 'OpenStack', 'openstack'), site: join(common, 'OpenStack', 'openstack') };
  }
  const xdgSite = (env.XDG_CONFIG_DIRS ?? '').split(':').find(Boolean) ?? '/etc/xdg';
  return { user: join(env.XDG_CONFIG_HOME || join(home, '.config'), 'openstack'), site: join(xdgSite, 'openstack') };
}

/**
 * openstacksdk's search order (openstack/config/loader.py): the file named by
 * OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE first, then in the current directory, the
 * user config dir, ~/.config/openstack, the site config dir and /etc/openstack, each as
 * .yaml, .yml and .json. The first file that exists wins; the others are not merged.
 */
export function searchPath(kind: 'clouds' | 'secure', context: SearchContext = {}): string[] {
  const ctx: Required<SearchContext> = {
    env: context.env ?? process.env,
    cwd: context.cwd ?? process.cwd(),
    home: context.home ?? homedir(),
    platform: context.platform ?? process.platform,
  };
  const dirs = platformDirs(ctx);
  const searchDirs = [ctx.cwd, dirs.user, join(ctx.home, '.config', 'openstack'), dirs.site, '/etc/openstack'];
  const files = searchDirs.flatMap((d) => ['.yaml', '.yml', '.json'].map((ext) => join(d, kind + ext)));
  const override = ctx.env[kind === 'clouds' ? 'OS_CLIENT_CONFIG_FILE' : 'OS_CLIENT_SECURE_FILE'];
  return [...new Set([...(override ? [override] : []), ...files])];
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

export function findCloudsFiles(context: SearchContext = {}): FoundFiles {
  const cloudsPath = searchPath('clouds', context);
  const securePath = searchPath('secure', context);
  const clouds = cloudsPath.find(isFile);
  const secure = securePath.find(isFile);
  return { ...(clouds ? { clouds } : {}), ...(secure ? { secure } : {}), searched: [...cloudsPath, ...securePath] };
}
