import type { ComponentType } from 'react';
import { LaunchScreen } from './screens/launch/LaunchScreen.js';
import { ProfilesScreen } from './screens/profiles/ProfilesScreen.js';
import { ServersScreen } from './screens/servers/ServersScreen.js';
import { useRoute, type Route } from './shell/routes.js';
import { Shell } from './shell/Shell.js';

const SCREENS: Record<Route, ComponentType> = {
  servers: ServersScreen,
  launch: LaunchScreen,
  profiles: ProfilesScreen,
};

/** Hash routes: #/servers (default), #/launch, #/profiles. */
export function App() {
  const route = useRoute();
  const Screen = SCREENS[route];
  return (
    <Shell>
      <Screen key={route} />
    </Shell>
  );
}
