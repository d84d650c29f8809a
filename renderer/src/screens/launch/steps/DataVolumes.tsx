import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from '../draft.js';
import { FieldError, useFieldProps } from '../launch-context.js';
import { RowsTable } from '../RowsTable.js';
import { VolumeTypeSelect } from './VolumeTypeSelect.js';

/** Extra empty volumes, one set per server (blank, boot_index -1: never the root disk). */
export function DataVolumes() {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'dataVolumes' });

  return (
    <fieldset className="kit-stack launch-stack launch-fieldset">
      <legend>{t('source.dataVolumes')}</legend>
      {fields.length > 0 && (
        <RowsTable headings={[t('field.sizeGb'), t('field.volumeType'), t('source.deleteWithServer')]}>
          {fields.map((f, i) => (
            <Row key={f.id} index={i} onRemove={() => remove(i)} />
          ))}
        </RowsTable>
      )}
      <div>
        {/* a volume the launch makes goes with the server, as the root volume does (draft.ts) */}
        <button type="button" className="button" onClick={() => append({ sizeGb: 1, volumeType: '', deleteOnTermination: true })}>
          {t('source.addDataVolume')}
        </button>
      </div>
      <FieldError path="dataVolumes" />
    </fieldset>
  );
}

function Row({ index, onRemove }: { index: number; onRemove(): void }) {
  const { t } = useTranslation('launch');
  const { register } = useFormContext<LaunchDraft>();
  const n = index + 1;
  const sizeProps = useFieldProps(`dataVolumes.${index}.sizeGb`);
  return (
    <tr>
      <td>
        <input type="number" min={1} step={1} aria-label={t('source.dataSizeOf', { n })} {...sizeProps} {...register(`dataVolumes.${index}.sizeGb`, { valueAsNumber: true })} />
        <FieldError path={`dataVolumes.${index}.sizeGb`} />
      </td>
      <td>
        <VolumeTypeSelect path={`dataVolumes.${index}.volumeType`} label={t('source.dataTypeOf', { n })} />
      </td>
      <td>
        <input type="checkbox" aria-label={t('source.dataDeleteOf', { n })} {...register(`dataVolumes.${index}.deleteOnTermination`)} />
      </td>
      <td>
        <button type="button" className="icon-button" aria-label={t('source.removeDataVolume', { n })} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}
