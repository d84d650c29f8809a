import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Keypair } from '../../../../shared/domain/keypair.js';
import { Name } from '../../../../shared/schemas/fields.js';
import { ServerRebuildRequest } from '../../../../shared/schemas/server-actions.js';
import { FormDialog, FormField } from '../../kit/FormDialog.js';
import { api } from '../../lib/api.js';
import { useComputeVersion } from '../server-groups/use-compute-version.js';
import { FeatureNote, offers } from './FeatureNote.js';
import { ImageSelect } from './ImageSelect.js';
import { toMetadata, toRows, type KvRow, type MetadataProblem } from './metadata-rows.js';
import { MetadataRows } from './MetadataRows.js';
import { rebuildWith } from './server-actions.js';
import type { ServerDialogProps } from './server-dialog.js';

/** '' in the key pair select: keep the key pair the server has. */
const KEEP = '';
/** the key pair select's choice that removes the key pair (null to Nova) */
const NO_KEY = '\u0000none';

/**
 * Rebuild: the server's disk is rewritten from an image. Each field the cloud's version lacks
 * (key pair 2.54, user data 2.57, hostname 2.90) is left out and said so; what the user leaves
 * empty is not sent, so Nova keeps it. The confirmation (and the production guard) follow.
 */
export function RebuildDialog({ rows: [row], cloud, close, proceed }: ServerDialogProps) {
  const { t } = useTranslation('servers');
  const version = useComputeVersion(cloud);
  const server = row!.server;
  const [image, setImage] = useState(server.imageId);
  const [name, setName] = useState(server.name);
  const [adminPass, setAdminPass] = useState('');
  const [metadata, setMetadata] = useState<KvRow[]>(() => toRows(server.metadata));
  const [keyName, setKeyName] = useState(KEEP);
  const [userData, setUserData] = useState('');
  const [hostname, setHostname] = useState('');
  const [keypairs, setKeypairs] = useState<Keypair[]>([]);
  const [problems, setProblems] = useState<{ image?: string; name?: string; metadata?: MetadataProblem; other?: string }>({});
  const withKey = offers('server.rebuild.keyName', version);

  useEffect(() => {
    let live = true;
    if (withKey) void api.invoke('keypairs.list', { cloud }).then((r) => live && r.ok && setKeypairs(r.value));
    return () => {
      live = false;
    };
  }, [cloud, withKey]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Name.safeParse(name);
    const m = toMetadata(metadata);
    if (!image || !n.success || !('metadata' in m)) {
      return setProblems({
        ...(image ? {} : { image: t('rebuild.imageRequired') }),
        ...(n.success ? {} : { name: t('renameDialog.nameInvalid') }),
        ...('metadata' in m ? {} : { metadata: m }),
      });
    }
    const parsed = ServerRebuildRequest.safeParse({
      imageRef: image,
      name: n.data,
      metadata: m.metadata,
      ...(adminPass ? { adminPass } : {}),
      ...(withKey && keyName !== KEEP ? { keyName: keyName === NO_KEY ? null : keyName } : {}),
      ...(offers('server.rebuild.userData', version) && userData ? { userData: { text: userData } } : {}),
      ...(offers('server.rebuild.hostname', version) && hostname.trim() ? { hostname: hostname.trim() } : {}),
    });
    if (!parsed.success) return setProblems({ other: t('rebuild.invalid', { field: parsed.error.issues[0]?.path.join('.') ?? '' }) });
    proceed(rebuildWith(parsed.data));
  };

  return (
    <FormDialog
      wide
      title={t('rebuild.title', { name: server.name })}
      description={t('rebuild.description')}
      formId="srv-rebuild"
      submitLabel={t('rebuild.submit')}
      submitting={false}
      onSubmit={submit}
      onClose={close}
      error={problems.other}
    >
      <ImageSelect cloud={cloud} label={t('rebuild.image')} first={t('rebuild.chooseImage')} value={image} onChange={setImage} />
      {problems.image && <div className="field-error">{problems.image}</div>}
      <FormField label={t('renameDialog.name')} problem={problems.name}>
        <input type="text" autoComplete="off" maxLength={255} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!problems.name} />
      </FormField>
      <FormField label={t('rebuild.adminPass')}>
        <input type="password" autoComplete="new-password" maxLength={255} value={adminPass} onChange={(e) => setAdminPass(e.target.value)} />
      </FormField>
      {withKey && (
        <FormField label={t('column.keyName')}>
          <select value={keyName} onChange={(e) => setKeyName(e.target.value)}>
            <option value={KEEP}>{t('rebuild.keepKey', { name: server.keyName ?? '—' })}</option>
            <option value={NO_KEY}>{t('rebuild.noKey')}</option>
            {keypairs.map((k) => (
              <option key={k.name} value={k.name}>
                {k.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FeatureNote feature="server.rebuild.keyName" version={version} what={t('column.keyName')} />
      {offers('server.rebuild.userData', version) && (
        <FormField label={t('rebuild.userData')}>
          <textarea className="mono" rows={4} value={userData} onChange={(e) => setUserData(e.target.value)} />
        </FormField>
      )}
      <FeatureNote feature="server.rebuild.userData" version={version} what={t('rebuild.userData')} />
      {offers('server.rebuild.hostname', version) && (
        <FormField label={t('drawer.hostname')}>
          <input type="text" autoComplete="off" maxLength={255} value={hostname} onChange={(e) => setHostname(e.target.value)} />
        </FormField>
      )}
      <FeatureNote feature="server.rebuild.hostname" version={version} what={t('drawer.hostname')} />
      <fieldset className="kit-stack">
        <legend>{t('drawer.metadata')}</legend>
        <MetadataRows rows={metadata} onChange={setMetadata} problem={problems.metadata} />
      </fieldset>
    </FormDialog>
  );
}
