import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../shared/domain/image.js';
import { ResourceScreen } from '../../kit/ResourceScreen.js';
import { EditDialog } from './EditDialog.js';
import { ImageFilterBar } from './ImageFilterBar.js';
import { ImageMembers, ImageOverview, ImageProperties } from './ImageDetails.js';
import { IMAGE_ACTIONS } from './image-actions.js';
import { imageColumns } from './image-columns.js';
import { useImages, type ImageFilters } from './images-store.js';
import { ShareDialog } from './ShareDialog.js';
import { TransfersPanel } from './TransfersPanel.js';
import { UploadDialog } from './UploadDialog.js';
import { useClouds } from '../../stores/clouds.js';

/**
 * Glance images of the current cloud, snapshots of servers among them: list with Glance's
 * filters, details, edit, share and answer shares, upload and download streamed by main with
 * progress here, launch from a row.
 */
export function ImagesScreen() {
  const { t, i18n } = useTranslation('images');
  const cloud = useClouds((s) => s.currentId);
  const columns = useMemo(() => imageColumns(t, i18n.language), [t, i18n.language]);
  const [uploading, setUploading] = useState<string | undefined>();

  return (
    <>
      {cloud && <TransfersPanel cloud={cloud} />}
      <ResourceScreen<Image, ImageFilters | undefined>
        ns="images"
        store={useImages}
        columns={columns}
        actions={IMAGE_ACTIONS}
        nameOf={(i) => i.name ?? i.id}
        toolbarStart={(c) => <ImageFilterBar cloud={c} />}
        toolbar={(c) => (
          <button type="button" className="button primary" onClick={() => setUploading(c)}>
            {t('upload.open')}
          </button>
        )}
        tabs={(i, c) => [
          { id: 'overview', label: t('tab.overview'), render: () => <ImageOverview image={i} /> },
          { id: 'properties', label: t('tab.properties'), render: () => <ImageProperties image={i} /> },
          { id: 'members', label: t('tab.members'), render: () => <ImageMembers cloud={c} image={i} /> },
        ]}
        dialogs={{
          edit: ({ rows: [i], cloud: c, close }) => i && <EditDialog cloud={c} image={i} onClose={close} />,
          share: ({ rows: [i], cloud: c, close }) => i && <ShareDialog cloud={c} image={i} onClose={close} />,
        }}
      />
      {uploading && <UploadDialog cloud={uploading} onClose={() => setUploading(undefined)} />}
    </>
  );
}
