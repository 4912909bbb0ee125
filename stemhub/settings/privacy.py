"""How long personal data is kept; part of base.py. The privacy page states these periods.

Each period counts from the moment the record was handled (decided, forwarded, sent), in days,
from the environment variable of the same name. The worker's daily clean-up
(`purge_personal_data`) anonymises or deletes what is older; see stemhub/personal_data.py.
"""

import os


def _days(name, default):
    return int(os.environ.get(name, default))


# Partner video submissions and initiative proposals, after the editors' decision.
STEMHUB_SUBMISSION_RETENTION_DAYS = _days("STEMHUB_SUBMISSION_RETENTION_DAYS", 365)
STEMHUB_PROPOSAL_RETENTION_DAYS = _days("STEMHUB_PROPOSAL_RETENTION_DAYS", 365)
# 'Kandidaat partner?' candidacies the editors handled (contacted, accepted or declined).
STEMHUB_CANDIDACY_RETENTION_DAYS = _days("STEMHUB_CANDIDACY_RETENTION_DAYS", 730)
# Messages between candidates, once the editors forwarded them.
STEMHUB_CANDIDATE_MESSAGE_RETENTION_DAYS = _days("STEMHUB_CANDIDATE_MESSAGE_RETENTION_DAYS", 90)
# Mail in the outbox, once it was delivered.
STEMHUB_SENT_MAIL_RETENTION_DAYS = _days("STEMHUB_SENT_MAIL_RETENTION_DAYS", 30)
