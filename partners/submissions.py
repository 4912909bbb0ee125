"""Turn a valid submission into a record, a draft video page and a started review, atomically."""

import logging

from django.core.files.images import ImageFile
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page

from stemhub.reserved_slugs import reserved_slugs
from stemhub.rich_text import plain_text_as_rich_text
from stemhub.roles import partner_video_workflow
from videos.models import VideoHero, VideoIndexPage, VideoPage, VideoSignpost

from . import mail
from .models import PartnerIndexPage, PartnerPage, SubmissionHero, VideoSubmission

logger = logging.getLogger(__name__)


class DuplicateVideo(Exception):
    """Another request stored the same video a moment earlier (the unique constraint said so)."""


def video_index():
    return VideoIndexPage.objects.live().order_by("path").first()


def accepts_videos():
    """Whether a live video index exists to hold the draft pages (asked on every view of the
    form: one EXISTS, not the index page with all its columns)."""
    return VideoIndexPage.objects.live().exists()


def unique_slug(parent, base, language, fallback="video"):
    base = (slugify(base) or fallback)[:60].strip("-") or fallback
    siblings = Page.objects.child_of(parent)
    taken = (
        set(siblings.values_list(f"slug_{language}", flat=True))
        | set(siblings.values_list("slug", flat=True))
        | reserved_slugs(parent)  # the parent's own routes (a title "Contact", "Feed" …)
    )
    slug, n = base, 2
    while slug in taken:
        slug = f"{base}-{n}"
        n += 1
    return slug


def draft_partner_page(name):
    """A new organisation gets a draft partner page, linked from the draft video.

    The editors review both in the video's review: approving the video publishes the partner
    page too (partners.signals), so the published video names its company. An editor who finds
    the organisation already listed under another name picks that page instead.
    """
    directory = PartnerIndexPage.objects.order_by("path").first()
    if directory is None or not name:
        return None
    partner = PartnerPage(
        title=name,
        title_nl=name,
        title_en=name,
        slug=unique_slug(directory, name, "nl", fallback="partner"),
        live=False,
    )
    partner.slug_nl = partner.slug
    partner.slug_en = unique_slug(directory, name, "en", fallback="partner")
    directory.add_child(instance=partner)
    partner.save_revision(log_action=True)
    return partner


def accept(form, *, language):
    """Store everything in one transaction; the mails are sent once it has committed.

    Files written before a failure are removed again, so a failed attempt leaves nothing.
    """
    stored_files = []
    try:
        with transaction.atomic():
            submission = _store(form, language=language, stored_files=stored_files)
            transaction.on_commit(lambda: mail.send_receipt_mails(submission.pk), robust=True)
    except IntegrityError as error:
        _remove(stored_files)
        if "partners_one_active_submission_per_video" in str(error) or "video_key" in str(error):
            raise DuplicateVideo from error
        raise
    except Exception:
        _remove(stored_files)
        raise
    return submission


def _remove(stored_files):
    for field_file in stored_files:
        try:
            field_file.storage.delete(field_file.name)
        except OSError:
            logger.exception("Could not remove %s after a failed submission", field_file.name)


def _store(form, *, language, stored_files):
    """The record with its files, the draft page, the started review: in that order."""
    submission = _record(form, language=language, stored_files=stored_files)
    page = _draft_page(form, submission)
    _start_review(page)
    submission.page = page
    submission.save(update_fields=["page", "updated_at"])
    return submission


def _record(form, *, language, stored_files):
    """The submission as the partner sent it, with its video file and poster image."""
    data = form.cleaned_data
    submission = VideoSubmission(
        language=language,
        partner=data["partner"],
        organisation_name=data["organisation_name"] if not data["partner"] else "",
        contact_name=data["contact_name"],
        email=data["email"],
        phone=data["phone"],
        video_url=data["video_url"],
        video_key=form.video_key,
        title_nl=data["title_nl"],
        title_en=data["title_en"],
        summary_nl=data["summary_nl"],
        summary_en=data["summary_en"],
        confirms_right_to_publish=data["confirms_right_to_publish"],
        confirms_consent=data["confirms_consent"],
        confirms_parental_consent=data["confirms_parental_consent"],
        confirms_privacy_notice=data["confirms_privacy_notice"],
    )
    submission.heroes = [
        SubmissionHero(sort_order=order, **hero) for order, hero in enumerate(form.heroes())
    ]

    if data["video_file"]:
        extension = form.video_format  # from the content, never from the browser's name
        submission.video_file.save(
            f"{submission.reference}.{extension}", data["video_file"], save=False
        )
        stored_files.append(submission.video_file)

    submission.poster = _poster_image(form, submission.reference, stored_files)
    submission.save()
    submission.sectors.set(data["sectors"])
    submission.signposts.set(data["signposts"])
    return submission


def _poster_image(form, reference, stored_files):
    """The uploaded poster as a Wagtail image, named after the submission."""
    data = form.cleaned_data
    poster = get_image_model()(title=data["title_nl"][:255])
    extension = {"jpeg": "jpg", "png": "png", "webp": "webp"}[form.poster_format]
    poster.file.save(f"poster-{reference}.{extension}", ImageFile(data["poster"]), save=False)
    stored_files.append(poster.file)
    poster.save()
    return poster


def _draft_page(form, submission):
    """A draft VideoPage under the video index, carrying what the submission says."""
    data = form.cleaned_data
    index = video_index()
    company = data["partner"] or draft_partner_page(data["organisation_name"])
    title_en = data["title_en"] or data["title_nl"]
    page = VideoPage(
        title=data["title_nl"],
        title_nl=data["title_nl"],
        title_en=title_en,
        slug=unique_slug(index, data["title_nl"], "nl"),
        # The summary is a visitor's plain text: escaped into a paragraph, never taken as markup.
        intro=plain_text_as_rich_text(data["summary_nl"]),
        intro_nl=plain_text_as_rich_text(data["summary_nl"]),
        intro_en=plain_text_as_rich_text(data["summary_en"]) or None,
        video_url=data["video_url"],
        poster=submission.poster,
        company=company,
        live=False,
    )
    page.slug_nl = page.slug
    page.slug_en = unique_slug(index, title_en, "en")
    if submission.video_file and form.video_format == "mp4":
        # The page's own field takes MP4 only; a WebM upload stays on the submission.
        page.video_file.name = submission.video_file.name
    page.heroes = [
        VideoHero(
            name=hero.name or hero.role,
            name_nl=hero.name or hero.role,
            job_title=hero.role,
            job_title_nl=hero.role,
            profile_type=hero.profile_type,
            education_route=hero.education_route,
            sort_order=order,
        )
        for order, hero in enumerate(submission.heroes.all())
    ]
    page.signposts = [
        VideoSignpost(signpost=signpost, sort_order=order)
        for order, signpost in enumerate(data["signposts"])
    ]
    page.sectors.set(data["sectors"])
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    return page


def _start_review(page):
    """Hand the draft to the STEM-platform editors through the partner video review."""
    partner_video_workflow().start(page, None)
