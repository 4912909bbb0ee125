"""The lesson idea: a few fixed kinds of block a teacher recognises from a lesson plan."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class IntroductionBlock(blocks.StructBlock):
    """How to start: a hook that links the video to the pupils' own world."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)

    class Meta:
        label = _("Introduction")
        icon = "info-circle"
        template = "classroom/blocks/introduction.html"
        preview_value = {
            "heading": "Kijk samen naar de video",
            "text": "<p>Vraag eerst: wat denk je dat er met oude gsm's gebeurt?</p>",
        }
        description = _("How to start the lesson, with the video")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=120)
    instruction = blocks.TextBlock(label=_("what to do"))
    minutes = blocks.IntegerBlock(label=_("minutes"), required=False, min_value=1, max_value=240)

    class Meta:
        label = _("Step")
        icon = "arrow-right"


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("steps"), min_num=1)

    class Meta:
        label = _("Steps")
        icon = "list-ol"
        template = "classroom/blocks/steps.html"
        description = _("The lesson, step by step, with minutes per step")


class DiscussionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120)
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("question"), max_length=300), label=_("questions"), min_num=1
    )

    class Meta:
        label = _("Discussion questions")
        icon = "help"
        template = "classroom/blocks/discussion.html"
        description = _("Questions to talk about in class")


class ExperimentBlock(blocks.StructBlock):
    """A small hands-on experiment; the materials list is what the teacher brings along."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    goal = blocks.TextBlock(label=_("what pupils find out"), required=False)
    materials = blocks.ListBlock(
        blocks.CharBlock(label=_("material"), max_length=160), label=_("materials"), min_num=1
    )
    steps = blocks.ListBlock(blocks.TextBlock(label=_("step")), label=_("how to do it"), min_num=1)
    safety = blocks.TextBlock(label=_("safety note"), required=False)
    explanation = blocks.TextBlock(label=_("what happens and why"), required=False)

    class Meta:
        label = _("Experiment")
        icon = "pick"
        template = "classroom/blocks/experiment.html"
        description = _("A small experiment with a list of materials")


class LessonBlock(blocks.StreamBlock):
    introduction = IntroductionBlock()
    steps = StepsBlock()
    discussion = DiscussionBlock()
    experiment = ExperimentBlock()

    class Meta:
        block_counts = {"introduction": {"max_num": 1}}
