import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import { MAX_SERVERS, serverCommands } from './server-commands.js';
import { testServer } from './test-server.js';

const t = i18n.getFixedT('en', 'common');
const web = testServer({ id: 'aaaa1111-0000-4000-8000-000000000001', name: 'web-1', hostId: 'h' });
const db = testServer({ id: 'bbbb2222-0000-4000-8000-000000000002', name: 'db-1', status: 'SHUTOFF', hostId: 'h', locked: true });

describe('the command palette finds servers', () => {
  it("by name, with Open and the actions the server's state allows (from the action table)", () => {
    const cmds = serverCommands(t, 'c1', [web, db], 'web');
    expect(cmds.map((c) => c.title)).toEqual([
      'Open web-1',
      'Stop web-1',
      'Reboot web-1',
      'Hard reboot web-1',
      'Resize web-1',
      'Lock web-1',
      'Shelve web-1',
      'Pause web-1',
      'Suspend web-1',
      'Rename web-1',
      'Metadata and tags web-1',
      'Snapshot web-1',
      'Rescue web-1',
      'Rebuild web-1',
      'Interfaces… web-1',
      'Security groups web-1',
      'Attach volume web-1',
      'Open console web-1',
      'Console log web-1',
      'Action log web-1',
      'Delete web-1',
    ]);
    expect(cmds[1]).toMatchObject({ cloud: 'c1', serverId: web.id, action: 'stop', group: 'Server' });
  });

  it('by id; a locked server offers only what the lock allows', () => {
    expect(serverCommands(t, 'c1', [web, db], 'bbbb2222').map((c) => c.action)).toEqual(['open', 'unlock', 'rename', 'snapshot', 'securityGroups', 'consoleLog', 'actionLog']);
  });

  it('nothing before a word is typed or without a cloud; a handful of servers at most', () => {
    expect(serverCommands(t, 'c1', [web], '  ')).toEqual([]);
    expect(serverCommands(t, undefined, [web], 'web')).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => testServer({ id: `id-${i}`, name: `web-${i}` }));
    expect(new Set(serverCommands(t, 'c1', many, 'web').map((c) => c.serverId)).size).toBe(MAX_SERVERS);
  });
});
