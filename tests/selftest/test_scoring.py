"""The scoring module on its own: plain data, no database."""

import pytest

from selftest.scoring import Answer, paths_to_sectors, score

THEORY, PRACTICE = "theory", "practice"

QUESTIONS = [
    [
        Answer(sectors={"build": 2, "robots": 1}, profile=PRACTICE, routes=("dual",)),
        Answer(sectors={"ict": 2, "media": 1}, profile=THEORY, routes=("master",)),
        Answer(sectors={"media": 3}),
    ],
    [
        Answer(sectors={"health": 3}, routes=("bachelor",)),
        Answer(sectors={"energy": 3}),
        Answer(sectors={"ict": 2, "defence": 2}, profile=THEORY),
    ],
    [
        Answer(sectors={"robots": 3}, profile=PRACTICE, routes=("dual",)),
        Answer(sectors={"ict": 1}, profile=THEORY, routes=("master",)),
        Answer(sectors={"health": 1, "energy": 1}, routes=("bachelor",)),
    ],
]
ORDER = ["build", "robots", "ict", "media", "health", "energy", "defence"]


def test_a_given_set_of_answers_gives_the_expected_sectors_profile_and_routes():
    outcome = score(QUESTIONS, [0, 0, 0], sector_order=ORDER)
    # robots 1+3 = 4, health 3, build 2 (within a point of health, so shown too).
    assert outcome.sectors == [("robots", 4), ("health", 3), ("build", 2)]
    assert outcome.profile == PRACTICE
    assert outcome.profile_points == {PRACTICE: 2}
    assert outcome.routes == ["dual", "bachelor"]


def test_a_third_sector_is_shown_when_it_comes_within_one_point_of_the_second():
    outcome = score(QUESTIONS, [1, 2, 1], sector_order=ORDER)
    # ict 2+2+1 = 5, defence 2, media 1: media is within a point of defence.
    assert outcome.sectors == [("ict", 5), ("defence", 2), ("media", 1)]
    assert outcome.profile == THEORY
    assert outcome.routes == ["master"]


def test_a_sector_two_points_behind_the_second_is_left_out():
    outcome = score(QUESTIONS, [2, 0, 2], sector_order=ORDER)
    # media 3, health 3+1 = 4, energy 1: energy is two points behind media.
    assert outcome.sectors == [("health", 4), ("media", 3)]


def test_ties_follow_the_editors_order_of_the_sectors():
    outcome = score(QUESTIONS, [2, 1, 2], sector_order=ORDER)
    # media 3, energy 3+1 = 4, health 1
    assert outcome.sectors[0] == ("energy", 4)
    reversed_order = score(QUESTIONS, [0, 2, 1], sector_order=list(reversed(ORDER)))
    tied = [key for key, points in reversed_order.sectors if points == 2]
    assert tied == ["defence", "build"]  # both 2 points: the given order decides


def test_profile_is_none_when_theory_and_practice_tie():
    outcome = score(QUESTIONS, [0, 2, 2], sector_order=ORDER)
    assert outcome.profile_points == {PRACTICE: 1, THEORY: 1}
    assert outcome.profile is None


@pytest.mark.parametrize("choices", [[0, 0], [0, 0, 0, 0], [0, 0, 3], [0, -1, 0]])
def test_choices_that_do_not_fit_the_questions_are_refused(choices):
    with pytest.raises(ValueError):
        score(QUESTIONS, choices)


def test_paths_to_sectors_finds_a_path_for_every_reachable_sector():
    paths = paths_to_sectors(QUESTIONS, ORDER)
    assert set(paths) == set(ORDER)
    for sector, path in paths.items():
        assert sector in [key for key, _ in score(QUESTIONS, path, ORDER).sectors]


def test_a_sector_no_answer_can_lift_into_the_result_is_unreachable():
    a_or_b = [Answer(sectors={"a": 3, "b": 1}), Answer(sectors={"b": 3, "a": 1})]
    questions = [
        a_or_b,
        [Answer(sectors={"a": 3, "b": 1, "c": 1}), Answer(sectors={"b": 3, "a": 1, "c": 1})],
        a_or_b,
    ]
    # "c" never gets within a point of the second sector.
    assert set(paths_to_sectors(questions)) == {"a", "b"}
