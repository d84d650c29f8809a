import type { ComponentType } from 'react';
import { AppCredentialsScreen } from './screens/app-credentials/AppCredentialsScreen.js';
import { FloatingIpsScreen } from './screens/floating-ips/FloatingIpsScreen.js';
import { ImagesScreen } from './screens/images/ImagesScreen.js';
import { KeypairsScreen } from './screens/keypairs/KeypairsScreen.js';
import { LaunchScreen } from './screens/launch/LaunchScreen.js';
import { OverviewScreen } from './screens/overview/OverviewScreen.js';
import { ProfilesScreen } from './screens/profiles/ProfilesScreen.js';
import { SecurityGroupsScreen } from './screens/security-groups/SecurityGroupsScreen.js';
import { ServerGroupsScreen } from './screens/server-groups/ServerGroupsScreen.js';
import { ServersScreen } from './screens/servers/ServersScreen.js';
import { SnapshotsScreen } from './screens/volume-snapshots/SnapshotsScreen.js';
import { VolumesScreen } from './screens/volumes/VolumesScreen.js';
import { useRoute, type Route } from './lib/routes.js';
import { Shell } from './shell/Shell.js';

const SCREENS: Record<Route, ComponentType> = {
  overview: OverviewScreen,
  servers: ServersScreen,
  launch: LaunchScreen,
  images: ImagesScreen,
  keypairs: KeypairsScreen,
  'server-groups': ServerGroupsScreen,
  'security-groups': SecurityGroupsScreen,
  'floating-ips': FloatingIpsScreen,
  volumes: VolumesScreen,
  'volume-snapshots': SnapshotsScreen,
  'app-credentials': AppCredentialsScreen,
  profiles: ProfilesScreen,
};

/** Hash routes: #/overview, #/servers (default), #/launch, #/images, #/keypairs, #/server-groups, #/security-groups, #/floating-ips, #/volumes, #/volume-snapshots, #/app-credentials, #/profiles. */
export function App() {
  const route = useRoute();
  const Screen = SCREENS[route];
  return (
    <Shell>
      <Screen key={route} />
    </Shell>
  );
}
