"""The admin's "Send again" for a mail the worker could not deliver."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from stemhub.models import OutgoingMail
from stemhub.tasks import send_again

LISTING_URL_NAME = "stemhub_outgoingmail:index"


@require_POST
def send_again_view(request, pk):
    if not request.user.has_perm("stemhub.change_outgoingmail"):
        raise PermissionDenied
    outgoing = get_object_or_404(OutgoingMail, pk=pk)
    if send_again(outgoing):
        messages.success(
            request,
            _("The mail “%(subject)s” is queued to be sent again.") % {"subject": outgoing.subject},
        )
    else:
        messages.warning(
            request,
            _("The mail “%(subject)s” was not waiting or failed: nothing to send again.")
            % {"subject": outgoing.subject},
        )
    return redirect(LISTING_URL_NAME)
