import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LaunchDraft } from './draft.js';
import { FieldError, useFieldProps } from './launch-context.js';
import { RowsTable } from './RowsTable.js';

/** Rows of key = value (metadata, scheduler hints). Keys must be unique; the schema says which row repeats. */
export function KeyValueEditor({ name, noun }: { name: 'metadata' | 'schedulerHints'; noun: string }) {
  const { t } = useTranslation('launch');
  const { control } = useFormContext<LaunchDraft>();
  const { fields, append, remove } = useFieldArray({ control, name });

  return (
    <div className="kit-stack launch-stack">
      {fields.length > 0 && (
        <RowsTable headings={[t('kv.key'), t('kv.value')]}>
          {fields.map((f, i) => (
            <Row key={f.id} name={name} index={i} noun={noun} onRemove={() => remove(i)} />
          ))}
        </RowsTable>
      )}
      <div>
        <button type="button" className="button" onClick={() => append({ key: '', value: '' })}>
          {t('kv.add', { noun })}
        </button>
      </div>
      <FieldError path={name} />
    </div>
  );
}

function Row({ name, index, noun, onRemove }: { name: 'metadata' | 'schedulerHints'; index: number; noun: string; onRemove: () => void }) {
  const { t } = useTranslation('launch');
  const { register } = useFormContext<LaunchDraft>();
  const keyProps = useFieldProps(`${name}.${index}.key`);
  const valueProps = useFieldProps(`${name}.${index}.value`);
  const n = index + 1;
  return (
    <tr>
      <td>
        <input type="text" className="mono" aria-label={t('kv.keyOf', { noun, n })} {...keyProps} {...register(`${name}.${index}.key`)} />
        <FieldError path={`${name}.${index}.key`} />
      </td>
      <td>
        <input type="text" className="mono" aria-label={t('kv.valueOf', { noun, n })} {...valueProps} {...register(`${name}.${index}.value`)} />
        <FieldError path={`${name}.${index}.value`} />
      </td>
      <td>
        <button type="button" className="icon-button" aria-label={t('kv.remove', { noun, n })} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}
