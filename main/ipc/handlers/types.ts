import type { z } from 'zod';
import type { Op } from '../../../shared/ipc/op.js';
import type { ConsoleWindows } from '../../console/console-windows.js';
import type { CloudRegistry } from '../../clouds/registry.js';
import type { CloudLists } from '../../clouds/cloud-lists.js';
import type { LastCloud } from '../../clouds/last-cloud.js';
import type { Watchers } from '../../clouds/watchers.js';
import type { EventBus } from '../../events.js';
import type { FilePicker } from '../../files/file-picker.js';
import type { PickedFiles } from '../../files/picked-files.js';
import type { Transfers } from '../../files/transfers.js';
import type { RequestLog } from '../../openstack/request-log.js';
import type { ProfileService } from '../../profiles/profile-service.js';

/** What every handler may use. Nothing here hands a secret to a handler's result. */
export interface AppContext {
  profiles: ProfileService;
  registry: CloudRegistry;
  lists: CloudLists;
  /** the cloud whose servers were shown last (the next start asks for them first) */
  lastCloud: LastCloud;
  watchers: Watchers;
  log: RequestLog;
  events: EventBus;
  /** the host's console windows; absent where the host shows none (tests, tools) */
  consoles?: ConsoleWindows;
  /** the system's file dialog and the files picked in it, by reference */
  files: { picker: FilePicker; picked: PickedFiles };
  transfers: Transfers;
}

/** The handlers for one area's ops: each gets the parsed input and returns the declared output. */
export type HandlersFor<Ops extends Record<string, Op<z.ZodType, unknown>>> = {
  [K in keyof Ops]: (input: z.output<Ops[K]['input']>) => Promise<Exclude<Ops[K]['__output'], undefined>>;
};
