"""Published videos for the benchmarks in a few statements instead of a publish per video.

Publishing one video through Wagtail (`make_video`: add_child, save_revision, publish, with
full_clean, the search index, the reference index, the page cache and the log at every step)
costs about two seconds of CPU, so 900 videos took half an hour. `add_videos` writes the rows
that publishing leaves behind, for many videos at once:

- the page rows (wagtailcore_page and videos_videopage) at consecutive tree paths below the
  overview, live, with both languages' titles, slugs and URL paths, first/last published dates,
  the parent's child count raised once;
- their heroes, signposts and sector links;
- one revision each (what an editor opens), set as latest and live revision.

What it leaves to one pass afterwards, as bench/load.py does: `rebuild_search_index` and
`ANALYZE`. Renditions are made by the first requests, as on a real site. Not written: the admin
history (log entries) and the reference index, which no public page reads.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from wagtail.models import Page, Revision

from videos.models import VideoHero, VideoPage, VideoSignpost


def add_videos(index, videos, heroes, signposts, sectors, batch=300):
    """Insert unsaved `videos` (VideoPage with translated fields set) as live children of
    `index`; heroes/signposts/sectors: per video, a list of unsaved VideoHero, unsaved
    VideoSignpost, Sector objects. Returns the new pages' ids."""
    ids = []
    with translation.override("nl"):  # the default language: untranslated columns read Dutch
        for start in range(0, len(videos), batch):
            part = slice(start, start + batch)
            with transaction.atomic():
                index.refresh_from_db()
                ids += _add_batch(index, videos[part], heroes[part], signposts[part], sectors[part])
    return ids


def _add_batch(index, videos, heroes, signposts, sectors):
    content_type = ContentType.objects.get_for_model(VideoPage)
    last = index.get_last_child()
    step = last._get_lastpos_in_path() if last else 0
    now = timezone.now()
    for offset, video in enumerate(videos, 1):
        _place(index, video, step + offset, content_type)
        # One second apart, like pages published one after the other ("newest" is well defined).
        published = now - datetime.timedelta(seconds=len(videos) - offset)
        video.first_published_at = video.last_published_at = published
        video.latest_revision_created_at = published
    _insert_pages(videos)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(videos))

    for video, its_heroes, its_signposts in zip(videos, heroes, signposts, strict=True):
        for order, hero in enumerate(its_heroes):
            hero.page_id, hero.sort_order = video.pk, order
        for order, signpost in enumerate(its_signposts):
            signpost.page_id, signpost.sort_order = video.pk, order
    VideoHero.objects.bulk_create([hero for row in heroes for hero in row])
    VideoSignpost.objects.bulk_create([signpost for row in signposts for signpost in row])
    links = VideoPage.sectors.through
    VideoPage.sectors.through.objects.bulk_create(
        links(videopage_id=video.pk, sector_id=sector.pk)
        for video, its_sectors in zip(videos, sectors, strict=True)
        for sector in its_sectors
    )
    _add_revisions(videos, content_type)
    return [video.pk for video in videos]


def _place(index, video, step, content_type):
    """Tree position, URL paths in both languages, locale, publishing state of a new child."""
    video.path = VideoPage._get_path(index.path, index.depth + 1, step)
    video.depth = index.depth + 1
    video.numchild = 0
    video.content_type = content_type
    video.locale_id = index.locale_id
    video.live = True
    video.has_unpublished_changes = False
    video.draft_title = video.title_nl
    video.url_path_nl = f"{index.url_path_nl}{video.slug_nl}/"
    video.url_path_en = f"{index.url_path_en or index.url_path_nl}{video.slug_en or video.slug_nl}/"
    video.url_path = video.url_path_nl
    # provider and id from the address, as the pre_save receiver keep_source_in_step does
    video._set_source()


def _insert_pages(videos):
    """Both tables of the multi-table page model: Django's bulk_create refuses child models,
    so the Page rows go first (their ids come back), then the VideoPage rows with those ids."""
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    pages = [
        Page(**{field.attname: getattr(video, field.attname) for field in page_fields})
        for video in videos
    ]
    Page.objects.bulk_create(pages)
    for video, page in zip(videos, pages, strict=True):
        video.page_ptr_id = video.id = page.pk
    own_fields = list(VideoPage._meta.local_concrete_fields)
    VideoPage.objects.all()._insert(videos, fields=own_fields)


def _add_revisions(videos, content_type):
    base_type = ContentType.objects.get_for_model(Page)
    revisions = [
        Revision(
            content_type=content_type,
            base_content_type=base_type,
            object_id=str(video.pk),
            content=video.serializable_data(),
            object_str=video.title_nl,
            created_at=video.latest_revision_created_at,
        )
        for video in videos
    ]
    Revision.objects.bulk_create(revisions)
    for video, revision in zip(videos, revisions, strict=True):
        video.latest_revision_id = video.live_revision_id = revision.pk
    Page.objects.bulk_update(videos, ["latest_revision", "live_revision"])
