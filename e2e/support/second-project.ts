/**
 * A second project for the demo user, made through Keystone's API as local-admin and removed
 * by the test that made it (deleting a project removes its role assignments). The cloud's own
 * bootstrap is never edited: the demo user has one project there.
 */
import { clientFor, localCloud } from './local-cloud.js';

/** Keystone's v3 root of the local cloud. */
const identityV3 = (): string => `${localCloud('local-admin').auth.auth_url.replace(/\/+$/, '').replace(/\/v3$/, '')}/v3`;

export interface SecondProject {
  id: string;
  name: string;
  remove(): Promise<void>;
}

export async function addSecondProject(name: string): Promise<SecondProject> {
  const admin = clientFor('local-admin');
  const v3 = identityV3();
  const keystone = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await admin.session.request({ service: 'identity', method, url: `${v3}${path}`, ...(body ? { body } : {}) });
    return (res.text ? JSON.parse(res.text) : undefined) as T;
  };
  try {
    const { users } = await keystone<{ users: { id: string }[] }>('GET', '/users?name=demo');
    const { roles } = await keystone<{ roles: { id: string }[] }>('GET', '/roles?name=member');
    const { project } = await keystone<{ project: { id: string; name: string } }>('POST', '/projects', {
      project: { name, domain_id: 'default', description: 'novadesk test: a second project for demo' },
    });
    try {
      await keystone('PUT', `/projects/${project.id}/users/${users[0]!.id}/roles/${roles[0]!.id}`);
    } catch (e) {
      await keystone('DELETE', `/projects/${project.id}`).catch(() => undefined);
      throw e;
    }
    return {
      ...project,
      remove: async () => {
        try {
          await keystone('DELETE', `/projects/${project.id}`);
        } finally {
          await admin.close();
        }
      },
    };
  } catch (e) {
    await admin.close();
    throw e;
  }
}

/** An admin-scoped look-up of a project's id by name. */
export async function projectIdByName(name: string): Promise<string> {
  const admin = clientFor('local-admin');
  try {
    const res = await admin.session.request({ service: 'identity', method: 'GET', url: `${identityV3()}/projects?name=${encodeURIComponent(name)}` });
    return (JSON.parse(res.text) as { projects: { id: string }[] }).projects[0]!.id;
  } finally {
    await admin.close();
  }
}
