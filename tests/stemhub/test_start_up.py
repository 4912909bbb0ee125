"""What every Django start builds, and what it leaves for later (stemhub/wagtail_apps.py, the
S3 client configuration in stemhub/settings/storage.py)."""

import sys

from django.apps import apps
from django.conf import settings
from wagtail.snippets.models import get_snippet_models

from classroom.models import AttainmentTarget
from stemhub import wagtail_apps


def test_wagtails_v3_api_is_not_built_when_it_is_not_installed():
    assert not apps.is_installed(wagtail_apps.V3_API_APP)
    built = [name for name in sys.modules if ".api.v3" in name or name.endswith(".api.v3")]
    assert built == []
    assert not any(isinstance(module, wagtail_apps.StandIn) for module in sys.modules.values())


def test_the_rest_of_wagtails_start_still_runs():
    # Wagtail's ready() registered the image chooser for image foreign keys, and the snippets
    # registered in wagtail_hooks are there (AttainmentTarget is one; Wagtail's
    # get_snippet_models() imports the hooks modules itself if the start did not).
    from wagtail.admin.forms.models import registry
    from wagtail.images.widgets import AdminImageChooser

    override = registry.get(apps.get_model("videos", "VideoPage")._meta.get_field("poster"))
    assert override["widget"] is AdminImageChooser
    assert AttainmentTarget in get_snippet_models()


def test_stand_ins_take_any_registration_and_leave_nothing_behind():
    with wagtail_apps.v3_api_left_out():
        from wagtail.api.v3.api import api
        from wagtail.snippets.api.v3 import register_content_types

        assert api.add_router("/images/", object()) is None
        assert register_content_types() is None
    assert not set(wagtail_apps.V3_MODULES) & set(sys.modules)


class RecordingReady:
    ran_with_stand_ins = None

    def ready(self):
        type(self).ran_with_stand_ins = isinstance(
            sys.modules.get("wagtail.api.v3.api"), wagtail_apps.StandIn
        )


class Probe(wagtail_apps.WithoutV3API, RecordingReady):
    pass


def test_wagtails_ready_runs_as_it_is_when_the_v3_api_is_installed(monkeypatch):
    Probe().ready()
    assert Probe.ran_with_stand_ins is True
    monkeypatch.setattr(apps, "is_installed", lambda name: name == wagtail_apps.V3_API_APP)
    Probe().ready()
    assert Probe.ran_with_stand_ins is False


def test_the_s3_client_configuration_is_built_when_a_storage_reads_it():
    from botocore.config import Config
    from storages.backends.s3 import S3Storage

    assert isinstance(settings.AWS_S3_CLIENT_CONFIG, Config)
    config = S3Storage(bucket_name="stemhub-media").client_config
    assert (config.connect_timeout, config.read_timeout) == (5, 60)
    assert config.retries == {"max_attempts": 2, "mode": "standard"}
