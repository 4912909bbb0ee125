import pytest
from django.core.exceptions import ValidationError

from videos.video_source import parse_video_url


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?t=10", "youtube", "dQw4w9WgXcQ"),
        ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=x", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "vimeo", "76979871"),
        ("https://player.vimeo.com/video/76979871", "vimeo", "76979871"),
        ("https://vimeo.com/channels/staffpicks/76979871", "vimeo", "76979871"),
    ],
)
def test_youtube_and_vimeo_addresses_reduce_to_provider_and_id(url, provider, video_id):
    source = parse_video_url(url)
    assert (source.provider, source.video_id) == (provider, video_id)


def test_embed_urls_are_privacy_enhanced():
    youtube = parse_video_url("https://youtu.be/dQw4w9WgXcQ")
    assert youtube.embed_url.startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?")
    vimeo = parse_video_url("https://vimeo.com/76979871/abcdef1234")
    assert vimeo.embed_url.startswith("https://player.vimeo.com/video/76979871?")
    assert "dnt=1" in vimeo.embed_url and "h=abcdef1234" in vimeo.embed_url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x7tgad0",
        "https://evil.example/watch?v=dQw4w9WgXcQ",
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/channel/UC123",
        "https://vimeo.com/about",
        "javascript:alert(1)",
        "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
        "",
    ],
)
def test_other_addresses_are_refused(url):
    with pytest.raises(ValidationError):
        parse_video_url(url)
