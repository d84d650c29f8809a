/** What Horizon runs with in the bench: Debian's defaults plus the local cloud's Keystone. */

/** local_settings.d runs after Debian's local_settings.py: only what the local cloud needs. */
export const HORIZON_SETTINGS = `# Written by Novadesk's bench (bench/horizon); removed when the bench stops Horizon.
ALLOWED_HOSTS = ['127.0.0.1', 'localhost']
OPENSTACK_KEYSTONE_URL = 'http://127.0.0.1:5000/v3'
OPENSTACK_KEYSTONE_DEFAULT_DOMAIN = 'Default'
`;

/**
 * Debian's site for Horizon, on 127.0.0.1 only. Debian's own snippet declares the
 * \`horizon\` daemon process but never selects it (\`WSGIProcessGroup\` is commented out), so
 * Horizon would run inside every Apache child and its LocMem sessions would split between
 * them: the bench selects the daemon, as a working deployment must.
 */
export function apacheConfig(dir: string, port: number): string {
  return `ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile ${dir}/apache2.pid
Mutex file:${dir}
Listen 127.0.0.1:${port}
User www-data
Group www-data
ErrorLog ${dir}/error.log
LogLevel warn
Include mods-available/mpm_event.load
Include mods-available/mpm_event.conf
Include mods-available/authz_core.load
Include mods-available/alias.load
Include mods-available/mime.load
Include mods-available/wsgi.load
TypesConfig /etc/mime.types
WSGIScriptAlias /horizon /usr/share/openstack-dashboard/wsgi.py
WSGIDaemonProcess horizon user=www-data group=www-data
WSGIProcessGroup horizon
WSGIApplicationGroup %{GLOBAL}
Alias /static /var/lib/openstack-dashboard/static
Alias /horizon/static /var/lib/openstack-dashboard/static
<Directory /usr/share/openstack-dashboard>
  Require all granted
</Directory>
<Directory /var/lib/openstack-dashboard/static>
  Require all granted
</Directory>
`;
}
