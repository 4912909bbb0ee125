"""The questions of the self-test: one stream shared by both languages.

Questions and answers carry their Dutch and English text side by side inside the block, so
the weights exist once: a translated copy of the stream per language would let the two
languages drift apart and give a shared result link a different meaning per language.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from .icons import ICON_CHOICES

MIN_ANSWERS = 3
MAX_ANSWERS = 4


class SectorWeightBlock(blocks.StructBlock):
    sector = SnippetChooserBlock("taxonomy.Sector", label=_("sector"))
    points = blocks.IntegerBlock(
        label=_("points"),
        min_value=1,
        max_value=3,
        default=1,
        help_text=_("1: a little, 2: clearly, 3: very strongly."),
    )

    class Meta:
        label = _("Sector and points")
        icon = "tag"


class AnswerBlock(blocks.StructBlock):
    text_nl = blocks.CharBlock(label=_("answer (Dutch)"), max_length=120)
    text_en = blocks.CharBlock(
        label=_("answer (English)"),
        max_length=120,
        required=False,
        help_text=_("When empty, English visitors see the Dutch answer."),
    )
    icon = blocks.ChoiceBlock(choices=ICON_CHOICES, label=_("drawing"), required=False)
    sectors = blocks.ListBlock(
        SectorWeightBlock(),
        label=_("sectors this answer points to"),
        min_num=1,
        max_num=4,
    )
    profile_type = SnippetChooserBlock(
        "videos.ProfileType",
        label=_("profile type this answer points to"),
        required=False,
        help_text=_("Theoretically or practically trained; empty when the answer says neither."),
    )
    education_routes = blocks.ListBlock(
        SnippetChooserBlock("videos.EducationRoute"),
        label=_("education routes this answer points to"),
        min_num=0,
        max_num=3,
        default=[],
    )

    class Meta:
        label = _("Answer")
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    text_nl = blocks.CharBlock(label=_("question (Dutch)"), max_length=160)
    text_en = blocks.CharBlock(
        label=_("question (English)"),
        max_length=160,
        required=False,
        help_text=_("When empty, English visitors see the Dutch question."),
    )
    answers = blocks.ListBlock(
        AnswerBlock(), label=_("answers"), min_num=MIN_ANSWERS, max_num=MAX_ANSWERS
    )

    class Meta:
        label = _("Question")
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        if not MIN_ANSWERS <= len(value["answers"]) <= MAX_ANSWERS:
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(
                        _("Give each question three or four answers."), code="answer_count"
                    )
                }
            )
        return value


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()

    class Meta:
        min_num = 6
        max_num = 8
        block_counts = {"question": {"min_num": 6, "max_num": 8}}
