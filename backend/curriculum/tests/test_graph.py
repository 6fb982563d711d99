import pytest

from curriculum import graph

# a -> b -> d, a -> c -> d, e alone; edges point from prerequisite to dependent
PREREQS = {"a": [], "b": ["a"], "c": ["a"], "d": ["b", "c"], "e": []}


def test_find_cycle_returns_none_for_a_dag():
    assert graph.find_cycle(PREREQS) is None


def test_find_cycle_returns_the_cycle_path():
    cyclic = {**PREREQS, "a": ["d"]}

    cycle = graph.find_cycle(cyclic)

    assert cycle is not None
    assert cycle[0] == cycle[-1]
    assert set(cycle) == {"a", "b", "d"} or set(cycle) == {"a", "c", "d"}
    for prerequisite, dependent in zip(cycle[1:], cycle, strict=False):
        assert prerequisite in cyclic[dependent]


def test_find_cycle_handles_a_deep_chain_without_recursion():
    chain = {str(i): [str(i - 1)] if i else [] for i in range(20_000)}
    assert graph.find_cycle(chain) is None
    chain["0"] = ["19999"]
    assert graph.find_cycle(chain) is not None


def test_ancestors_are_transitive_and_exclude_the_target():
    assert graph.ancestors(["d"], PREREQS) == {"a", "b", "c"}
    assert graph.ancestors(["e"], PREREQS) == set()


def test_study_order_puts_every_prerequisite_first():
    order = graph.study_order(PREREQS, PREREQS)
    position = {slug: i for i, slug in enumerate(order)}
    for slug, prerequisites in PREREQS.items():
        assert all(position[p] < position[slug] for p in prerequisites)


def test_study_order_refuses_a_cycle():
    with pytest.raises(ValueError, match="cycle"):
        graph.study_order(["a", "b"], {"a": ["b"], "b": ["a"]})


def test_learning_path_is_minimal_and_ends_with_the_target():
    assert graph.learning_path("b", PREREQS) == ["a", "b"]
    path = graph.learning_path("d", PREREQS)
    assert path[0] == "a"
    assert path[-1] == "d"
    assert set(path) == {"a", "b", "c", "d"}  # "e" is not needed


def test_role_levels_inherit_the_strongest_level():
    levels = graph.role_levels({"b": "optional", "d": "core", "e": "recommended"}, PREREQS)
    # b is optional as a goal but core as a prerequisite of the core goal d
    assert levels == {"a": "core", "b": "core", "c": "core", "d": "core", "e": "recommended"}


def test_hours_by_level_and_months():
    levels = {"a": "core", "b": "core", "e": "optional"}
    hours = {"a": 30.0, "b": 30.5, "e": 10.0}
    assert graph.hours_by_level(levels, hours) == {
        "core": 60.5,
        "recommended": 0.0,
        "optional": 10.0,
    }
    # 365.25 hours at 1 h a day is twelve months; at 3 h a day it is four
    assert graph.months_at(365.25, 1) == 12.0
    assert graph.months_at(365.25, 3) == 4.0
