"""Build the page tree and the demo content from the data files in demo/; safe to run twice.

The data files are described in stemhub/demo/__init__.py; which apps take part, and in which
order, is `settings.STEMHUB_DEMO_APPS`.
"""

import logging
import os
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from stemhub import demo
from stemhub.demo.indexes import search_index_complete, search_index_paused

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_EMAIL = "admin@stemhub.example"


@contextmanager
def _quiet(logger_name, level=logging.WARNING):
    """Wagtail logs every page it creates and publishes; a summary says it better."""
    logger = logging.getLogger(logger_name)
    previous = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(previous)


class Command(BaseCommand):
    help = "Load the #STEMhelden demo content (idempotent: existing content is left alone)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin",
            action="store_true",
            help="Do not create the demo admin account (it is only ever created with DEBUG on).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check the data files in demo/ and report the first problem; write nothing.",
        )

    def handle(self, *args, **options):
        try:
            if options["check"]:
                files = demo.demo_files()
                files.validate_all()
                self.stdout.write(self.style.SUCCESS(f"{len(files.schemas)} demo files are valid."))
                return
            # `update_index` below writes Wagtail's search index afresh, so the load skips it.
            with _quiet("wagtail"), search_index_paused() as search_index:
                context = demo.load_all()
        except demo.DemoDataError as error:
            raise CommandError(f"Demo content not loaded: {error}") from error

        # A load that saved nothing (every run after the first) leaves the index as it was;
        # it is rebuilt anyway when an object lacks its entry (an earlier run stopped before
        # its `update_index` ended).
        if search_index.missed or not search_index_complete():
            call_command("update_index", verbosity=0)
        created = ", ".join(f"{n} {label}" for label, n in sorted(context.created.items()))
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created or 'nothing new'})."))

        if settings.DEBUG and not options["no_admin"]:
            self._ensure_demo_admin()
        self.stdout.write(f"Site: {context.home.full_url or settings.WAGTAILADMIN_BASE_URL}")

    def _ensure_demo_admin(self):
        """A known login for local development only; never with DEBUG off."""
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "stemhelden-demo")
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=DEMO_ADMIN_USERNAME,
            defaults={"email": DEMO_ADMIN_EMAIL, "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(password)
            user.save()
            login = f"user '{DEMO_ADMIN_USERNAME}'  password '{password}'"
        else:
            login = (
                f"user '{DEMO_ADMIN_USERNAME}' (password unchanged since it was created; "
                "default 'stemhelden-demo')"
            )
        self.stdout.write(f"Demo admin: {admin_url}  {login}")
