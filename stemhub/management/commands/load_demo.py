"""Build the page tree and the demo content from the campaign's seed texts; safe to run twice."""

import importlib
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from stemhub import demo

# Each app's demo module, in dependency order; a module that does not exist yet is skipped.
APP_DEMO_MODULES = [
    "partners.demo",
    "videos.demo",
    "classroom.demo",
    "initiatives.demo",
    "selftest.demo",
]

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_EMAIL = "admin@stemhub.example"


class Command(BaseCommand):
    help = "Load the #STEMhelden demo content (idempotent: existing content is left alone)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin",
            action="store_true",
            help="Do not create the demo admin account (it is only ever created with DEBUG on).",
        )

    def handle(self, *args, **options):
        context = demo.load()
        for module_name in APP_DEMO_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as error:
                if error.name != module_name:
                    raise
                continue
            module.load(context)

        call_command("update_index", verbosity=0)
        created = ", ".join(f"{n} {label}" for label, n in sorted(context.created.items()))
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created or 'nothing new'})."))

        if settings.DEBUG and not options["no_admin"]:
            self._ensure_demo_admin()

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
            self.stdout.write(
                f"Demo admin: {admin_url}  user '{DEMO_ADMIN_USERNAME}'  password '{password}'"
            )
        else:
            self.stdout.write(
                f"Demo admin: {admin_url}  user '{DEMO_ADMIN_USERNAME}' "
                "(password unchanged since it was created; default 'stemhelden-demo')"
            )
