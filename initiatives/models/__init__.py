from initiatives.choices import InitiativeStatus, PartnerRole

from .candidacy import CandidacyStatus, InitiativeCandidacy
from .candidate_message import CandidateMessage
from .pages import InitiativeIndexPage, InitiativePage, InitiativePartner
from .proposal import InitiativeProposal
from .vocabulary import EducationLevel, Language, RecordType, Region, TargetGroup

__all__ = [
    "CandidacyStatus",
    "CandidateMessage",
    "EducationLevel",
    "InitiativeCandidacy",
    "InitiativeIndexPage",
    "InitiativePage",
    "InitiativePartner",
    "InitiativeProposal",
    "InitiativeStatus",
    "Language",
    "PartnerRole",
    "RecordType",
    "Region",
    "TargetGroup",
]
