import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { errorText } from '../../kit/error-text.js';
import { Modal } from '../../kit/Modal.js';
import { cloudLabel, useClouds } from '../../stores/clouds.js';

/** clouds.yaml of the chosen profiles, never with a secret: shown, copied or downloaded. */
export function ExportDialog({ onClose, only }: { onClose(): void; only?: string }) {
  const { t } = useTranslation('profiles');
  const profiles = useClouds((s) => s.profiles);
  const [selected, setSelected] = useState<string[]>(() => (only ? [only] : profiles.map((p) => p.id)));
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let live = true;
    if (selected.length === 0) {
      setText('');
      return;
    }
    void api.invoke('profiles.exportCloudsYaml', { ids: selected }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setText(r.value);
        setError(undefined);
      } else setError(errorText(t, r.error));
    });
    return () => {
      live = false;
    };
  }, [selected, t]);

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'clouds.yaml';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // clipboard refused (no permission): the text is selectable in the box
    }
  }

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  return (
    <Modal
      title={t('export.title')}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={() => void copy()} disabled={!text}>
            {copied ? t('common:actions.copied') : t('common:actions.copy')}
          </button>
          <button type="button" className="button" onClick={download} disabled={!text}>
            {t('export.download')}
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            {t('common:actions.close')}
          </button>
        </>
      }
    >
      <p className="banner info">{t('export.noSecrets')}</p>
      <fieldset className="kit-panel kit-row export-pick">
        <legend>{t('export.which')}</legend>
        {profiles.map((p) => (
          <label key={p.id} className="checkbox">
            <input type="checkbox" checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
            {cloudLabel(p)}
          </label>
        ))}
      </fieldset>
      {error && (
        <div className="banner danger" role="alert">
          {error}
        </div>
      )}
      <textarea className="kit-wide mono" aria-label={t('export.textLabel')} readOnly value={text} rows={16} spellCheck={false} />
    </Modal>
  );
}
