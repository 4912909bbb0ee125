"""The public video submission form, in three parts.

fields.py         the kinds of field it is made of (plain text, vocabulary, the heroes' inputs)
upload_checks.py  what a chosen video file or poster must be (the upload guard's second half)
submission.py     VideoSubmissionForm: the fields in the page's order and the checks across them
"""

from .submission import VideoSubmissionForm

__all__ = ["VideoSubmissionForm"]
