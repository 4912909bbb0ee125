from .pages import ClassroomIndexPage, ClassroomMaterialPage, Worksheet
from .vocabulary import AttainmentTarget, SchoolLevel, StemDomain

__all__ = [
    "AttainmentTarget",
    "ClassroomIndexPage",
    "ClassroomMaterialPage",
    "SchoolLevel",
    "StemDomain",
    "Worksheet",
]
