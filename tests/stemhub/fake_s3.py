"""moto's S3-compatible server, started by the test run on a free port of its own."""

import logging

import boto3
from moto.server import ThreadedMotoServer

from .fake_smtp import free_port

ACCESS_KEY = "test-access-key"
SECRET_KEY = "test-secret-key"
REGION = "eu-west-1"


class FakeS3:
    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)

    def start(self):
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self.server.start()
        return self

    def stop(self):
        self.server.stop()

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
        )

    def create_bucket(self, name):
        self.client().create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        return name

    def keys(self, bucket):
        listing = self.client().list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def storages_setting(self, bucket, endpoint=None):
        """settings.STORAGES with the bucket as default storage, as the environment gives it."""
        return {
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": bucket,
                    "endpoint_url": endpoint or self.endpoint,
                    "access_key": ACCESS_KEY,
                    "secret_key": SECRET_KEY,
                    "region_name": REGION,
                    "file_overwrite": False,
                },
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
