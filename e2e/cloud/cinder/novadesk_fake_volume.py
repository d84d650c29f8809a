"""Cinder's storage-free test driver, completed for the operations it leaves to LVM.

Loaded by cinder-volume as `volume_driver = novadesk_fake_volume.NovadeskFakeVolumeDriver`
(up.sh copies this file to $ND_CLOUD_HOME/lib and puts that directory on the service's
PYTHONPATH).

Zed's FakeLoggingVolumeDriver (cinder/tests/fake_driver.py) fakes create, delete,
snapshot, clone and attach, but inherits image -> volume, volume -> image and extend from
the LVM driver, which reads and writes /dev/mapper/<vg>-<volume> (absent here) or calls
methods its fake volume group lacks. The three overrides below keep the API-visible
behaviour (statuses, sizes, bootable flag, volume_image_metadata, an active Glance image)
without any data.
"""
import io

from cinder.tests.fake_driver import FakeLoggingVolumeDriver
from cinder.volume import volume_utils

# Glance refuses to activate an image without data: a few bytes stand in for the volume.
UPLOAD_BYTES = b"novadesk fake volume\n"


class NovadeskFakeVolumeDriver(FakeLoggingVolumeDriver):

    @volume_utils.trace_method
    def copy_image_to_volume(self, context, volume, image_service, image_id):
        # Cinder's flow has already downloaded the image and checked its size by now:
        # there is no block device to write it to.
        pass

    @volume_utils.trace_method
    def copy_volume_to_image(self, context, volume, image_service, image_meta):
        image_service.update(context, image_meta["id"], {}, io.BytesIO(UPLOAD_BYTES))

    @volume_utils.trace_method
    def extend_volume(self, volume, new_size):
        # the new size lives in Cinder's database only
        pass
