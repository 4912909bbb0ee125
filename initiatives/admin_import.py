"""The initiatives CSV import in the admin: upload, a dry run that shows what would change, apply.

The same code as `manage.py import_initiatives` (csv_exchange.read_records / import_records, the
command's UTF-8 check): the whole file is checked first and imported in one transaction, all
rows or none. The dry run writes nothing; "Apply" sends the checked text back (base64, so line
ends inside cells survive the form), and it is checked again before anything is written.
"""

import base64

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .csv_exchange import import_records, read_records
from .csv_format import LANGUAGES, ImportFailed
from .management.commands.import_initiatives import decode_utf8
from .models import InitiativeIndexPage, InitiativePage

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
COMPARED = ["title", *[f"title_{code}" for code in LANGUAGES], "slug_en", "status", "website"]


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8, comma-separated, with the columns of the export (Initiatives → CSV)."
        ),
    )


def can_import(user):
    index = InitiativeIndexPage.objects.first()
    if index is None:
        return False
    permissions = index.permissions_for_user(user)
    return permissions.can_add_subpage() and permissions.can_publish_subpage()


def planned_changes(records):
    """What applying would do: per row, new or updated, and which texts change."""
    existing = {page.slug_nl: page for page in InitiativePage.objects.all()}
    changes = []
    for record in records:
        page = existing.get(record.values["slug_nl"])
        changed = []
        if page is not None:
            changed = [
                column
                for column in record.values
                if column not in ("slug_nl",)
                and hasattr(page, column)
                and str(getattr(page, column) or "") != str(record.values[column] or "")
            ]
        changes.append(
            {
                "row": record.row,
                "slug": record.values["slug_nl"],
                "title": record.values["title_nl"],
                "is_new": page is None,
                "changed": changed,
            }
        )
    return changes


def _problems(failure):
    """Every problem of the file, each with row, column, the value given and how to fix it."""
    return failure.errors


def import_view(request):
    if not can_import(request.user):
        raise PermissionDenied
    context = {"page_title": _("Import initiatives"), "header_icon": "upload"}
    if request.method == "POST" and request.POST.get("action") == "apply":
        return _apply(request, context)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            form.add_error("file", _("The file is larger than 5 MB."))
        else:
            try:
                text = decode_utf8(upload.read(), upload.name)
                records = read_records(text)
            except CommandError as error:
                form.add_error("file", str(error))
            except ImportFailed as failure:
                context["problems"] = _problems(failure)
            else:
                context.update(
                    text=base64.b64encode(text.encode()).decode(),
                    changes=planned_changes(records),
                    name=upload.name,
                )
    context["form"] = form
    return TemplateResponse(request, "initiatives/admin/import.html", context)


def _apply(request, context):
    try:
        text = base64.b64decode(request.POST.get("text", ""), validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        text = ""  # a tampered form: read_records refuses the empty file
    try:
        created, updated = import_records(read_records(text))
    except ImportFailed as failure:
        context.update(form=UploadForm(), problems=_problems(failure))
        return TemplateResponse(request, "initiatives/admin/import.html", context)
    messages.success(
        request,
        _("Imported: %(created)d new, %(updated)d updated initiatives.")
        % {"created": created, "updated": updated},
    )
    return redirect("initiatives_import")


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("initiatives/import/", import_view, name="initiatives_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        gettext_lazy("Import initiatives"),
        reverse("initiatives_import"),
        name="import-initiatives",
        icon_name="upload",
        order=450,
    )
