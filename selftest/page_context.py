"""What the self-test page shows for a request: the test, the test with a message, or a result."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from taxonomy.models import Sector
from videos.models import EducationRoute

from .forms import SelfTestAnswersForm, has_answer_params
from .questionnaire import questions_of
from .results import build_result
from .scoring import score


@dataclass(frozen=True)
class QuestionOnScreen:
    question: object
    chosen: int | None
    error: str


def _on_screen(questions, form, chosen):
    screens = []
    for question in questions:
        errors = form.errors.get(question.field_name) if form.is_bound else None
        screens.append(
            QuestionOnScreen(
                question=question,
                chosen=chosen.get(question.number),
                error=errors[0] if errors else "",
            )
        )
    return screens


def self_test_context(page, request):
    questions = questions_of(page)
    answered = has_answer_params(request.GET)
    form = SelfTestAnswersForm(questions, request.GET if answered else None)
    context = {"questions": questions, "message": "", "result": None}

    if answered and form.is_valid():
        choices = {q.number: form.cleaned_data[q.field_name] for q in questions}
        outcome = score(
            [[option.weights for option in q.options] for q in questions],
            [choices[q.number] - 1 for q in questions],
            sector_order=list(Sector.objects.values_list("pk", flat=True)),
            route_order=list(EducationRoute.objects.values_list("pk", flat=True)),
        )
        result = build_result(page, outcome, questions, choices, request)
        # Seam for issue 15 item 5: once the impact counters exist, count this finished test
        # and `outcome.sectors` here, as daily aggregates only (nothing per visitor, no cookie).
        context.update(
            result=result,
            answers_given=[(q, q.options[choices[q.number] - 1]) for q in questions],
            share_url=request.build_absolute_uri(f"{request.path}?{result.share_query}"),
        )
        return context

    chosen = form.chosen()
    if form.is_tampered:
        context["message"] = _(
            "This result link is not quite right: it may have been cut off or changed. "
            "Check the answers below and show your heroes again."
        )
    elif answered:
        missing = len(form.missing_questions())
        context["message"] = ngettext(
            "You skipped a question. Choose an answer for it to see your heroes.",
            "You skipped %(count)d questions. Choose an answer for each to see your heroes.",
            missing,
        ) % {"count": missing}
    context["questions_on_screen"] = _on_screen(questions, form, chosen)
    context["first_open"] = next(
        (q.number for q in questions if q.number not in chosen), 1 if questions else None
    )
    return context
