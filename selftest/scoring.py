"""Scoring of the self-test: plain data in, plain data out (no database, no request).

An answer gives points to sectors, one point to a profile type (theoretically or practically
trained) and one point to each education route it names. The result keeps the two best sectors,
and a third when it comes within one point of the second, so a child sees two or three sectors.
"""

from collections import Counter
from dataclasses import dataclass, field

MAX_SECTORS = 3
MIN_SECTORS = 2
THIRD_SECTOR_MARGIN = 1
MAX_ROUTES = 2


@dataclass(frozen=True)
class Answer:
    """One answer's weights; keys are sector, profile and route identifiers (ids or slugs)."""

    sectors: dict = field(default_factory=dict)  # sector key -> points (1-3)
    profile: object = None  # profile-type key, or None for "says nothing about it"
    routes: tuple = ()


@dataclass(frozen=True)
class Outcome:
    sectors: list  # [(sector key, points)], best first: the two or three shown
    profile: object  # the profile-type key with most points, or None when they tie
    profile_points: dict
    routes: list  # education-route keys, best first (at most MAX_ROUTES)
    all_sector_points: dict


def _positions(order):
    return {key: i for i, key in enumerate(order)}


def _ranked(points, order, position=None):
    """Keys by points (highest first); ties keep the editors' order, then first appearance.
    `position` is `_positions(order)`, for a caller that ranks many times in one order."""
    position = _positions(order) if position is None else position
    keys = list(points)
    return sorted(
        keys,
        key=lambda key: (-points[key], position.get(key, len(position)), keys.index(key)),
    )


def _shown_sectors(sector_points, position):
    """The two best sectors, and a third within THIRD_SECTOR_MARGIN of the second."""
    ranked = [key for key in _ranked(sector_points, (), position) if sector_points[key] > 0]
    best = ranked[:MIN_SECTORS]
    if len(ranked) > MIN_SECTORS and (
        sector_points[ranked[MIN_SECTORS]] >= sector_points[best[-1]] - THIRD_SECTOR_MARGIN
    ):
        best.append(ranked[MIN_SECTORS])
    return best[:MAX_SECTORS]


def score(questions, choices, sector_order=(), route_order=()):
    """Score a finished test.

    `questions` is a list of answer lists (each an `Answer`); `choices` has, per question, the
    index of the chosen answer. Raises ValueError when the choices do not fit the questions, so
    a caller can never show a result for a half-done or tampered test by mistake.
    """
    if len(choices) != len(questions):
        raise ValueError("one choice per question is needed")
    sector_points = Counter()
    profile_points = Counter()
    route_points = Counter()
    for answers, choice in zip(questions, choices, strict=True):
        if not 0 <= choice < len(answers):
            raise ValueError(f"choice {choice} is out of range")
        answer = answers[choice]
        for sector, points in answer.sectors.items():
            sector_points[sector] += points
        if answer.profile is not None:
            profile_points[answer.profile] += 1
        for route in answer.routes:
            route_points[route] += 1

    best = _shown_sectors(sector_points, _positions(sector_order))

    profile = None
    if profile_points:
        (top, top_points), *rest = profile_points.most_common()
        if not rest or rest[0][1] < top_points:
            profile = top

    return Outcome(
        sectors=[(key, sector_points[key]) for key in best],
        profile=profile,
        profile_points=dict(profile_points),
        routes=_ranked(route_points, route_order)[:MAX_ROUTES],
        all_sector_points=dict(sector_points),
    )


def paths_to_sectors(questions, sector_order=()):
    """For every sector some combination of answers puts in the result, the first such path.

    Used to check the weights (every sector of the videos must be reachable). Searching all
    paths is fine for 6-8 questions of 3-4 answers (at most 65,536 of them); only tests and
    the demo check run it, never a visitor's request.

    The walk adds each answer's points once on the way down (what `score` adds up for a whole
    path, in the same order, so ties rank alike) and ranks the sectors only at the end of a path.
    It stops once every sector that some answer gives points has its path: no later path could
    add one, and the first paths are kept. (The demo's questions give all 13 sectors a path
    within the first 13,566 of their 65,536 paths; a sector no path reaches still means walking
    them all.)
    """
    position = _positions(sector_order)
    shown_at_most = {
        sector
        for answers in questions
        for answer in answers
        for sector, points in answer.sectors.items()
        if points > 0
    }
    paths = {}

    def walk(prefix, sector_points):
        """True once every sector that can be shown has its path."""
        if len(prefix) == len(questions):
            for key in _shown_sectors(sector_points, position):
                paths.setdefault(key, list(prefix))
            return len(paths) == len(shown_at_most)
        for index, answer in enumerate(questions[len(prefix)]):
            points = dict(sector_points)
            for sector, added in answer.sectors.items():
                points[sector] = points.get(sector, 0) + added
            if walk([*prefix, index], points):
                return True
        return False

    walk([], {})
    return paths
