"""What the public forms accept: upload sizes, image pixels, rate limits; part of base.py."""

import os

# Partner video submissions (partners app).
# Uploads to the submission form are checked while they stream in (partners.uploads), so an
# oversized or wrong-type file is refused before it is written to disk whole.
FILE_UPLOAD_HANDLERS = [
    "partners.uploads.SubmissionUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
STEMHUB_MAX_VIDEO_UPLOAD_BYTES = int(os.environ.get("STEMHUB_MAX_VIDEO_UPLOAD_BYTES", 300 * 2**20))
STEMHUB_MAX_POSTER_UPLOAD_BYTES = int(os.environ.get("STEMHUB_MAX_POSTER_UPLOAD_BYTES", 10 * 2**20))
# 25 megapixels is more than a 4K poster needs; every decoded pixel costs memory (4 bytes each).
STEMHUB_MAX_POSTER_PIXELS = int(os.environ.get("STEMHUB_MAX_POSTER_PIXELS", 25_000_000))
# No image with more pixels is decoded at all (stemhub.apps), so a rendition stays under ~100 MiB.
STEMHUB_MAX_IMAGE_PIXELS = int(os.environ.get("STEMHUB_MAX_IMAGE_PIXELS", 25_000_000))
WAGTAILIMAGES_MAX_IMAGE_PIXELS = STEMHUB_MAX_IMAGE_PIXELS
# Rate limits of the public forms, one shape for each: STEMHUB_<FORM>_RATE_LIMIT accepted posts
# per address per STEMHUB_<FORM>_RATE_WINDOW seconds, each from the environment variable of the
# same name. The video form also caps every post (typos included) with its ATTEMPT_LIMIT.
STEMHUB_SUBMISSION_RATE_LIMIT = int(os.environ.get("STEMHUB_SUBMISSION_RATE_LIMIT", 5))
STEMHUB_SUBMISSION_ATTEMPT_LIMIT = int(os.environ.get("STEMHUB_SUBMISSION_ATTEMPT_LIMIT", 30))
STEMHUB_SUBMISSION_RATE_WINDOW = int(os.environ.get("STEMHUB_SUBMISSION_RATE_WINDOW", 3600))
STEMHUB_CANDIDACY_RATE_LIMIT = int(os.environ.get("STEMHUB_CANDIDACY_RATE_LIMIT", 5))
STEMHUB_CANDIDACY_RATE_WINDOW = int(os.environ.get("STEMHUB_CANDIDACY_RATE_WINDOW", 3600))
STEMHUB_PROPOSAL_RATE_LIMIT = int(os.environ.get("STEMHUB_PROPOSAL_RATE_LIMIT", 5))
STEMHUB_PROPOSAL_RATE_WINDOW = int(os.environ.get("STEMHUB_PROPOSAL_RATE_WINDOW", 3600))
