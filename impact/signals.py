"""The counters forget a remembered live page as soon as this process unpublishes or deletes it."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_unpublished

from . import counting


def _forget(sender, instance, **kwargs):
    counting.forget_live_page(instance.pk)


def connect():
    page_unpublished.connect(_forget, dispatch_uid="impact-forget-unpublished")
    # Page subclasses send post_delete with their own class as sender: listen to every sender.
    post_delete.connect(_forget_deleted_page, dispatch_uid="impact-forget-deleted")


def _forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        counting.forget_live_page(instance.pk)
