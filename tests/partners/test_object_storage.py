"""Media in an S3-compatible bucket (moto's server, started here): a submission's files go in
and come back; a bucket that is down fails the submission clearly and stores nothing."""

import io
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError
from wagtail.images import get_image_model

from partners.models import VideoSubmission
from stemhub.models import OutgoingMail
from tests.stemhub.fake_smtp import refused_port
from videos.models import VideoPage

from .conftest import SUBMIT_EN, SUBMIT_NL, mp4_bytes, png_bytes

BUCKET = "stemhub-media-test"
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def s3():
    # moto's server and boto3 (0.15 s of CPU to import) for the worker that runs this file, not
    # for every worker that collects it.
    from tests.stemhub.fake_s3 import FakeS3

    server = FakeS3().start()
    server.create_bucket(BUCKET)
    yield server
    server.stop()


@pytest.fixture
def bucket(s3, settings):
    for key in s3.keys(BUCKET):
        s3.client().delete_object(Bucket=BUCKET, Key=key)
    settings.STORAGES = s3.storages_setting(BUCKET)
    return s3


def upload(valid_data, name="clip.mp4"):
    return valid_data(video_url="", video_file=SimpleUploadedFile(name, mp4_bytes(50_000)))


def test_submission_files_go_to_the_bucket_and_come_back(client, valid_data, bucket):
    response = client.post(SUBMIT_NL, upload(valid_data))
    assert response.status_code == 303
    submission = VideoSubmission.objects.get()
    poster = get_image_model().objects.get()
    keys = bucket.keys(BUCKET)
    assert submission.video_file.name in keys
    assert poster.file.name in keys
    assert default_storage.open(submission.video_file.name).read() == mp4_bytes(50_000)
    assert default_storage.open(poster.file.name).read() == png_bytes()
    assert submission.video_file.url.startswith(bucket.endpoint)
    # A rendition is made from the bucket and written back to it.
    rendition = poster.get_rendition("fill-320x180")
    assert rendition.file.name in bucket.keys(BUCKET)
    # The orphan clean-up walks the bucket too: everything here is referenced.
    out = io.StringIO()
    call_command("clean_orphans", "--older-than", "0", stdout=out)
    assert "Found 0 unreferenced" in out.getvalue()


def test_clean_orphans_deletes_from_the_bucket(bucket):
    bucket.client().put_object(
        Bucket=BUCKET, Key="partners/submissions/videos/VID-X.mp4", Body=b"x"
    )
    out = io.StringIO()
    call_command("clean_orphans", "--older-than", "0", "--delete", stdout=out)
    assert "partners/submissions/videos/VID-X.mp4" in out.getvalue()
    assert bucket.keys(BUCKET) == []


@pytest.mark.parametrize(("url", "heading"), [(SUBMIT_NL, "Tijdelijk"), (SUBMIT_EN, "Temporarily")])
def test_bucket_down_fails_the_submission_clearly_and_stores_nothing(
    url, heading, client, valid_data, bucket, settings
):
    endpoint = f"http://127.0.0.1:{refused_port()}"
    settings.STORAGES = bucket.storages_setting(BUCKET, endpoint=endpoint)
    response = client.post(url, upload(valid_data))
    assert response.status_code == 503
    assert heading in response.content.decode()
    assert VideoSubmission.objects.count() == 0
    assert VideoPage.objects.count() == 0
    assert get_image_model().objects.count() == 0
    assert OutgoingMail.objects.count() == 0
    assert bucket.keys(BUCKET) == []


def test_files_already_in_the_bucket_are_removed_when_the_submission_fails(
    client, valid_data, bucket
):
    lost = OperationalError("server closed the connection unexpectedly")
    with mock.patch("wagtail.models.Page.save_revision", side_effect=lost):
        response = client.post(SUBMIT_NL, upload(valid_data))
    assert response.status_code == 503
    assert VideoSubmission.objects.count() == 0
    assert bucket.keys(BUCKET) == []
