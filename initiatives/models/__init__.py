from initiatives.choices import InitiativeStatus, PartnerRole

from .candidacy import CandidacyStatus, InitiativeCandidacy
from .pages import InitiativeIndexPage, InitiativePage, InitiativePartner
from .proposal import InitiativeProposal
from .vocabulary import EducationLevel, Language, RecordType, Region, TargetGroup

__all__ = [
    "CandidacyStatus",
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
