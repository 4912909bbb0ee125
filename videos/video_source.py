"""Reduce a pasted YouTube or Vimeo address to provider and id, and build privacy-friendly URLs.

Only these two hosts are accepted: the player loads them through youtube-nocookie.com or
player.vimeo.com with dnt=1, and only after the viewer presses play.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

YOUTUBE = "youtube"
VIMEO = "vimeo"

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{1,12}$")
VIMEO_HASH = re.compile(r"^[0-9a-f]{6,20}$")

YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "www.youtube.com", "youtube-nocookie.com"}
YOUTUBE_HOSTS |= {"www.youtube-nocookie.com", "music.youtube.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}

INVALID_MESSAGE = _(
    "Paste the address of a video on YouTube (youtube.com or youtu.be) or Vimeo (vimeo.com). "
    "Other video sites are not supported: they may track viewers."
)


@dataclass(frozen=True)
class VideoSource:
    provider: str
    video_id: str
    vimeo_hash: str = ""

    @property
    def embed_url(self):
        """The iframe address, loaded only after a click: no cookies, no tracking, autoplay."""
        if self.provider == YOUTUBE:
            query = urlencode({"autoplay": 1, "rel": 0, "modestbranding": 1})
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?{query}"
        params = {"dnt": 1, "autoplay": 1}
        if self.vimeo_hash:
            params["h"] = self.vimeo_hash
        return f"https://player.vimeo.com/video/{self.video_id}?{urlencode(params)}"

    @property
    def watch_url(self):
        """A plain link to the video on its host, for visitors without JavaScript."""
        if self.provider == YOUTUBE:
            return f"https://www.youtube.com/watch?v={self.video_id}"
        if self.vimeo_hash:
            return f"https://vimeo.com/{self.video_id}/{self.vimeo_hash}"
        return f"https://vimeo.com/{self.video_id}"

    @property
    def provider_label(self):
        return "YouTube" if self.provider == YOUTUBE else "Vimeo"


def parse_video_url(url):
    """Return the VideoSource for a YouTube or Vimeo address; raise ValidationError otherwise."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        raise ValidationError(INVALID_MESSAGE, code="invalid_video_url") from None
    if parts.scheme not in {"http", "https"}:
        raise ValidationError(INVALID_MESSAGE, code="invalid_video_url")
    host = (parts.hostname or "").lower()
    segments = [segment for segment in parts.path.split("/") if segment]

    if host == "youtu.be" and segments:
        candidate = segments[0]
    elif host in YOUTUBE_HOSTS:
        if segments[:1] == ["watch"]:
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
            candidate = segments[1]
        else:
            candidate = ""
    elif host in VIMEO_HOSTS:
        if host == "player.vimeo.com" and segments[:1] == ["video"]:
            segments = segments[1:]
        numeric = [s for s in segments if VIMEO_ID.match(s)]
        if numeric:
            video_id = numeric[0]
            rest = segments[segments.index(video_id) + 1 :]
            vimeo_hash = parse_qs(parts.query).get("h", [""])[0] or (rest[0] if rest else "")
            if not VIMEO_HASH.match(vimeo_hash):
                vimeo_hash = ""
            return VideoSource(VIMEO, video_id, vimeo_hash)
        raise ValidationError(INVALID_MESSAGE, code="invalid_video_url")
    else:
        raise ValidationError(INVALID_MESSAGE, code="invalid_video_url")

    if not YOUTUBE_ID.match(candidate):
        raise ValidationError(INVALID_MESSAGE, code="invalid_video_url")
    return VideoSource(YOUTUBE, candidate)


def validate_video_url(value):
    """Model field validator: refuses anything that is not a YouTube or Vimeo video address."""
    if value:
        parse_video_url(value)
