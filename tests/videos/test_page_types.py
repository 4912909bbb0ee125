from wagtail.test.utils import WagtailPageTestCase

from partners.models import PartnerIndexPage
from stemhub.models import HomePage
from videos.models import VideoIndexPage, VideoPage


class VideoPageTreeTests(WagtailPageTestCase):
    def test_video_index_lives_under_the_home_page_and_holds_videos(self):
        self.assertAllowedParentPageTypes(VideoIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(VideoIndexPage, {VideoPage})

    def test_video_pages_live_only_under_the_video_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(VideoPage, {VideoIndexPage})
        self.assertAllowedSubpageTypes(VideoPage, {})
        self.assertCanCreateAt(VideoIndexPage, VideoPage)
        self.assertCanNotCreateAt(HomePage, VideoPage)
        self.assertCanNotCreateAt(PartnerIndexPage, VideoPage)
