"""The page's questions as plain data: texts in the visitor's language, icons and weights.

Read from the stream's raw JSON, so showing or scoring the test needs no query per sector,
profile type or route chooser inside the blocks.
"""

from dataclasses import dataclass

from django.utils import translation

from .icons import icon_url
from .scoring import Answer


@dataclass(frozen=True)
class AnswerOption:
    number: int  # 1-based, as in the address: ?q2=3
    text: str
    icon_url: str
    weights: Answer


@dataclass(frozen=True)
class Question:
    number: int
    text: str
    options: tuple

    @property
    def field_name(self):
        return f"q{self.number}"


def _items(raw_list):
    """ListBlock values are stored as [{"type": "item", "value": …}] (or plainly, before 2.16)."""
    for item in raw_list or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield item["value"]
        else:
            yield item


def _text(value, language):
    return (value.get(f"text_{language}") or "").strip() or (value.get("text_nl") or "").strip()


def _weights(answer):
    sectors = {}
    for weight in _items(answer.get("sectors")):
        if isinstance(weight, dict) and weight.get("sector"):
            points = weight.get("points") or 1
            sectors[weight["sector"]] = sectors.get(weight["sector"], 0) + int(points)
    routes = tuple(route for route in _items(answer.get("education_routes")) if route)
    return Answer(sectors=sectors, profile=answer.get("profile_type") or None, routes=routes)


def questions_of(page, language=None):
    """The questions in the order editors gave them; answers that lack text are left out."""
    language = language or translation.get_language() or "nl"
    questions = []
    for block in page.questions.raw_data:
        if block.get("type") != "question":
            continue
        value = block.get("value") or {}
        options = []
        for answer in _items(value.get("answers")):
            text = _text(answer, language)
            if text:
                options.append(
                    AnswerOption(
                        number=len(options) + 1,
                        text=text,
                        icon_url=icon_url(answer.get("icon") or ""),
                        weights=_weights(answer),
                    )
                )
        text = _text(value, language)
        if text and options:
            questions.append(Question(number=len(questions) + 1, text=text, options=tuple(options)))
    return questions
