"""The public video submission form: every field checked here, on the server."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from stemhub.honeypot import HoneypotField, HoneypotFormMixin
from taxonomy.models import Sector
from videos.models import Signpost, VideoPage
from videos.video_source import parse_video_url

from ..form_fields import (
    CheckedModelChoiceField,
    DescribedFieldsMixin,
    NamedMultipleChoiceField,
    TextField,
    checked_phone,
    email_field,
    offer_vocabulary,
    phone_field,
    privacy_notice_confirmation,
    required_message,
)
from ..models import PartnerPage, VideoSubmission
from ..uploads import FORM_PREFIX
from .fields import (
    HERO_NUMBERS,
    HERO_PARTS,
    education_route_field,
    hero_choice_messages,
    hero_field_name,
    hero_name_field,
    hero_role_field,
    offer_hero_choices,
    offer_partners,
    profile_type_field,
)
from .upload_checks import UploadChecksMixin


class VideoSubmissionForm(DescribedFieldsMixin, UploadChecksMixin, HoneypotFormMixin, forms.Form):
    prefix = FORM_PREFIX
    # Optional one by one, but one of each pair is needed: the label must not say "optional".
    not_marked_optional = {"partner", "organisation_name", "video_url", "video_file"}

    # Your organisation
    partner = CheckedModelChoiceField(
        label=_("Your organisation"),
        queryset=PartnerPage.objects.none(),
        required=False,
        empty_label=_("My organisation is not in this list"),
        help_text=_("Choose your organisation if it is already a #STEMhelden partner."),
    )
    organisation_name = TextField(
        label=_("Name of your organisation"),
        max_length=200,
        required=False,
        help_text=_("Only if your organisation is not in the list above."),
    )
    contact_name = TextField(
        label=_("Contact person"),
        max_length=120,
        error_messages=required_message(_("Tell us who we can contact about this video.")),
    )
    email = email_field()
    phone = phone_field()

    # The video
    video_url = forms.URLField(
        label=_("YouTube or Vimeo address"),
        max_length=300,
        required=False,
        assume_scheme="https",
        help_text=_("For example https://www.youtube.com/watch?v=… or https://vimeo.com/…"),
    )
    video_file = forms.FileField(
        label=_("Or upload the video file"),
        required=False,
    )

    poster = forms.FileField(
        label=_("Poster image"),
        error_messages=required_message(_("Choose a poster image.")),
    )

    # About the video
    title_nl = TextField(
        label=_("Title in Dutch"),
        max_length=120,
        error_messages=required_message(_("Give the video a Dutch title.")),
    )
    summary_nl = TextField(
        label=_("Summary in Dutch"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Two or three sentences: what problem do the heroes solve together?"),
        error_messages=required_message(_("Write a short Dutch summary.")),
    )
    title_en = TextField(label=_("Title in English"), max_length=120, required=False)
    summary_en = TextField(
        label=_("Summary in English"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    sectors = NamedMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.live(),
        widget=forms.CheckboxSelectMultiple,
        error_messages=required_message(_("Choose at least one sector.")),
    )

    # The two heroes
    # The two heroes: four inputs each, stored as two rows (VideoSubmission.heroes).
    hero_1_name = hero_name_field()
    hero_1_role = hero_role_field(_("What is the first hero's job?"))
    hero_1_profile_type = profile_type_field()
    hero_1_education_route = education_route_field()
    hero_2_name = hero_name_field()
    hero_2_role = hero_role_field(_("What is the second hero's job?"))
    hero_2_profile_type = profile_type_field()
    hero_2_education_route = education_route_field()
    signposts = NamedMultipleChoiceField(
        label=_("Suggested signposts"),
        queryset=Signpost.objects.live(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Where can a child or parent go next after watching?"),
    )

    confirms_right_to_publish = forms.BooleanField(
        label=_("We have the right to publish this video and its poster on STEMhelden."),
        error_messages=required_message(_("Confirm that you may publish this video.")),
    )
    confirms_consent = forms.BooleanField(
        label=_("Everyone who appears in the video agreed to its publication."),
        error_messages=required_message(_("Confirm that everyone who appears agreed.")),
    )
    confirms_parental_consent = forms.BooleanField(
        label=_("For everyone under 18 who appears, a parent or guardian gave written permission."),
        error_messages=required_message(_("Confirm that parents agreed for every minor.")),
    )
    confirms_privacy_notice = privacy_notice_confirmation()

    company_website = HoneypotField()  # named like a real field so bots fill it

    def __init__(self, *args, directory=None, upload_refusals=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Read once: the list the page shows is the one a sent choice is checked against.
        offer_partners(self.fields["partner"], directory)
        self.fields["partner"].label_from_instance = lambda partner: partner.title
        self.upload_refusals = {
            name.removeprefix(f"{FORM_PREFIX}-"): reason
            for name, reason in (upload_refusals or {}).items()
        }
        for name in self.upload_refusals:
            # The guard dropped the file, so "required" would hide why: clean_<name> says it.
            if name in self.fields:
                self.fields[name].required = False
        offer_vocabulary([self.fields["sectors"]], Sector)
        offer_vocabulary([self.fields["signposts"]], Signpost)
        # Without a vocabulary there is nothing to choose; the editors fill it in later.
        offer_hero_choices(self.fields)
        for name, message in hero_choice_messages().items():
            field = self.fields[name]
            field.required = bool(field.terms)
            field.error_messages = {**field.error_messages, "required": message}
        self.fields["video_file"].help_text = _("MP4, WebM or MOV, at most %(size)s.") % {
            "size": filesizeformat(settings.STEMHUB_MAX_VIDEO_UPLOAD_BYTES)
        }
        self.fields["poster"].help_text = _(
            "JPEG, PNG or WebP, at least 320 × 180 pixels; 16:9 works best; at most %(size)s."
        ) % {"size": filesizeformat(settings.STEMHUB_MAX_POSTER_UPLOAD_BYTES)}
        for name in ("title_nl", "summary_nl", "title_en", "summary_en"):
            self.fields[name].widget.attrs["lang"] = name[-2:]  # the text typed, not the label
        self.fields["video_file"].widget.attrs["accept"] = "video/mp4,video/webm,video/quicktime"
        self.fields["poster"].widget.attrs["accept"] = "image/jpeg,image/png,image/webp"
        self._describe_fields()
        self.video_source = None
        self.video_format = ""
        self.poster_format = ""
        self.video_key = ""

    @property
    def had_files(self):
        """The browser cannot keep chosen files after an error: the template says so."""
        return bool(self.files) or bool(self.upload_refusals)

    def clean_phone(self):
        return checked_phone(self.cleaned_data["phone"])

    def clean_video_url(self):
        url = self.cleaned_data["video_url"].strip()
        if url:
            self.video_source = parse_video_url(url)
        return url

    def clean(self):
        cleaned = super().clean()
        partner = cleaned.get("partner")
        name = cleaned.get("organisation_name", "")
        if partner and name:
            self.add_error(
                "organisation_name",
                _("Choose your organisation from the list or type a new name, not both."),
            )
        elif not partner and not name and "organisation_name" not in self.errors:
            self.add_error(
                "organisation_name",
                _("Choose your organisation from the list, or type its name here."),
            )

        url = cleaned.get("video_url")
        upload = cleaned.get("video_file")
        video_errors = "video_url" in self.errors or "video_file" in self.errors
        if url and upload:
            self.add_error(
                "video_file",
                _("Give a YouTube or Vimeo address or upload a file, not both."),
            )
        elif not url and not upload and not video_errors:
            self.add_error(
                "video_url",
                _("Paste a YouTube or Vimeo address, or upload the video file below."),
            )
        elif url and self.video_source:
            self.video_key = f"{self.video_source.provider}:{self.video_source.video_id}"
        if (
            self.video_key
            and not self.errors.get("video_url")
            and not self.errors.get("video_file")
        ):
            self.check_duplicate("video_url" if url else "video_file")
        return cleaned

    def check_duplicate(self, field):
        earlier = (
            VideoSubmission.objects.filter(video_key=self.video_key)
            .exclude(status__in=[VideoSubmission.Status.REJECTED, VideoSubmission.Status.WITHDRAWN])
            .order_by("created_at")
            .first()
        )
        if earlier:
            self.add_error(
                field,
                ValidationError(
                    _(
                        "This video was already sent to us on %(date)s. Our editors review it "
                        "or have published it: you do not need to send it again."
                    )
                    % {"date": formats.date_format(earlier.created_at, "DATE_FORMAT")},
                    code="duplicate",
                ),
            )
            return
        # The draft page of a refused submission does not count: that video may come again.
        refused_pages = VideoSubmission.objects.filter(
            status__in=[VideoSubmission.Status.REJECTED, VideoSubmission.Status.WITHDRAWN],
            page__isnull=False,
        ).values("page_id")
        if (
            self.video_source
            and VideoPage.objects.filter(
                video_provider=self.video_source.provider, video_id=self.video_source.video_id
            )
            .exclude(pk__in=refused_pages)
            .exists()
        ):
            self.add_error(
                field,
                ValidationError(
                    _("This video is already on STEMhelden: you do not need to send it again."),
                    code="duplicate",
                ),
            )

    def heroes(self):
        """The two heroes as typed, one dict of name, role, profile_type, education_route each."""
        return [
            {part: self.cleaned_data.get(hero_field_name(n, part)) for part in HERO_PARTS}
            for n in HERO_NUMBERS
        ]
