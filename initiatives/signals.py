"""Keep the editors' rights in step with the page tree."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import InitiativeIndexPage
from .setup import grant_index_permissions


@receiver(post_save, sender=InitiativeIndexPage, dispatch_uid="initiatives_index_permissions")
def grant_editors_on_new_index(sender, instance, created, raw=False, **kwargs):
    """A new initiative index (a fresh site, the demo) gets the editors and the workflow."""
    if created and not raw:
        grant_index_permissions(instance.pk)
