"""The simulated-learner benchmark's pieces, on a tiny curriculum (pure: no database)."""

from datetime import timedelta

import numpy as np
import pytest

from benchmarks import learners
from benchmarks.learners import Condition, Learner, Mind, Template, World
from learning.planner import TopicInfo
from placement import kst

# a -> b -> c -> d (each needs the one before), a -> x, and d needs x too.
PREREQUISITES = {"a": (), "b": ("a",), "c": ("b",), "x": ("a",), "d": ("c", "x")}


def tiny_world(hours: float = 1.0) -> World:
    topics = {
        slug: TopicInfo(slug, "calculus", hours, tuple(pres))
        for slug, pres in PREREQUISITES.items()
    }
    templates: dict[str, tuple[Template, ...]] = {
        slug: (Template(f"{slug}-computed", "number", 0), Template(f"{slug}-choice", "choice", 4))
        for slug in topics
    }
    return World(topics, {"tiny": frozenset({"d"})}, templates)


def is_downset(known: set[str], prerequisites: dict[str, tuple[str, ...]]) -> bool:
    return all(set(prerequisites[slug]) <= known for slug in known)


def learner(world: World, condition: Condition, index: int, seed: int = 1) -> Learner:
    truth = learners.make_truth(world, condition, seed)
    return learners.draw_learner(world, truth, "tiny", index, seed)


def test_initial_knowledge_is_a_downset_of_the_true_graph_unless_it_ignores_prerequisites():
    world = tiny_world()
    assumed, loose = learners.CONDITIONS["assumed"], learners.CONDITIONS["loose"]

    states = [learner(world, assumed, i) for i in range(200)]
    loose_states = [learner(world, loose, i) for i in range(200)]

    assert all(is_downset(set(s.known), s.prerequisites) for s in states)
    assert any(s.known for s in states)  # not trivially empty
    assert any(not is_downset(set(s.known), s.prerequisites) for s in loose_states)


def test_recall_falls_with_time_and_rises_with_stability():
    world = tiny_world()
    truth = learners.make_truth(world, learners.CONDITIONS["assumed"], 1)
    mind = Mind(world, truth, learner(world, learners.CONDITIONS["assumed"], 0))
    mind.known["a"], mind.last["a"] = True, 0.0

    mind.stability["a"] = 5.0
    curve = [mind.recall("a", t) for t in (0.0, 1.0, 10.0, 100.0)]
    mind.stability["a"] = 50.0
    sturdier = mind.recall("a", 10.0)

    assert curve[0] == pytest.approx(1.0)
    assert curve == sorted(curve, reverse=True)
    assert curve[-1] < curve[1]
    assert sturdier > curve[2]
    # FSRS's own definition of stability: 90% recall after S days
    assert mind.recall("a", 50.0) == pytest.approx(0.9)


def test_a_success_after_a_gap_grows_stability_more_than_one_the_same_day():
    world = tiny_world()
    condition = learners.CONDITIONS["assumed"]
    truth = learners.make_truth(world, condition, 1)
    spaced = Mind(world, truth, learner(world, condition, 0))
    massed = Mind(world, truth, learner(world, condition, 0))
    for mind in (spaced, massed):
        mind.known["a"], mind.stability["a"], mind.last["a"], mind.grown["a"] = True, 3, 0.0, 0

    spaced._grow("a", 6.0, spaced.recall("a", 6.0))
    massed._grow("a", 0.5, massed.recall("a", 0.5))

    assert spaced.stability["a"] > 3
    assert massed.stability["a"] == 3


@pytest.mark.parametrize("strategy", learners.STRATEGIES)
def test_every_strategy_gets_a_learner_ready_on_a_tiny_graph(strategy):
    world = tiny_world()
    condition = learners.CONDITIONS["assumed"]
    truth = learners.make_truth(world, condition, 1)
    student = learner(world, condition, 3)

    outcome = learners.run(world, truth, student, 2, strategy, after=False)

    assert outcome.ready_day is not None
    assert outcome.ready_hours is not None
    assert outcome.ready_hours > 0
    assert 0 < outcome.kept[90] <= outcome.kept[30] <= 1


def test_the_same_seed_gives_the_same_run_and_another_seed_another():
    world = tiny_world(hours=3.0)
    condition = learners.CONDITIONS["assumed"]
    truth = learners.make_truth(world, condition, 1)

    first = learners.run(world, truth, learner(world, condition, 2), 1, "lemma")
    again = learners.run(world, truth, learner(world, condition, 2), 1, "lemma")
    other = learners.run(world, truth, learner(world, condition, 2, seed=9), 1, "lemma")

    assert first == again
    assert (first.ready_day, first.hours) != (other.ready_day, other.hours)


def test_the_fixed_syllabus_never_uses_placement(monkeypatch):
    world = tiny_world()
    condition = learners.CONDITIONS["assumed"]
    truth = learners.make_truth(world, condition, 1)
    calls = []
    real = kst.estimate

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kst, "estimate", spy)

    fixed = learners.run(world, truth, learner(world, condition, 4), 1, "fixed", after=False)
    assert not calls
    assert fixed.placement_questions == 0
    assert fixed.placement_accuracy is None
    lemma = learners.run(world, truth, learner(world, condition, 4), 1, "lemma", after=False)
    assert calls
    assert lemma.placement_questions > 0


def test_credit_and_attempts_update_the_model_as_the_product_does():
    world = tiny_world()
    model = learners.Model(world)
    at = learners.START
    model.credit("a", at)
    model.record("b", world.templates["b"][0], True, at, 4.0)
    model.record("b", world.templates["b"][0], True, at, 4.0)

    a, b = model.progress["a"], model.progress["b"]
    assert a.state.credited
    assert a.level == "mastered"
    assert a.state.p_known == 0.95  # topics_credit: max(p_known, MASTERED_P)
    assert b.level == "practised"
    assert b.card is not None
    assert model.minutes["b"] == 8.0
    assert a.credit > 0  # implicit credit from the clean successes on b
    without = learners.Model(world, implicit=False)
    without.credit("a", at)
    without.record("b", world.templates["b"][0], True, at, 4.0)
    assert without.progress["a"].credit == 0


def test_a_credited_topic_shows_due_once_its_card_is_due():
    world = tiny_world()
    model = learners.Model(world)
    model.credit("a", learners.START)

    assert model.statuses(learners.START)["a"].level == "mastered"
    assert model.statuses(learners.START + timedelta(days=5))["a"].level == "mastered"
    assert model.statuses(learners.START + timedelta(days=9))["a"].level == "due"


def test_placement_asks_until_its_own_stop_and_credits_only_with_evidence():
    world = tiny_world()
    condition = learners.CONDITIONS["assumed"]
    truth = learners.make_truth(world, condition, 1)
    student = learner(world, condition, 5)
    mind = Mind(world, truth, student)

    placed = learners.place(mind, learners.placement_graph(world, student), 0.75, seed=3)

    assert placed.stop_reason in ("confident", "max_questions", "no_questions")
    assert placed.questions == len(placed.asked) > 0
    assert placed.credited <= set(student.needed)
    assert 0 <= placed.accuracy <= 1


def test_the_bootstrap_interval_holds_the_statistic_and_handles_censored_runs():
    values = np.arange(1.0, 41.0)

    point, low, high = learners.bootstrap([values], learners._median)
    censored = learners.bootstrap([[1.0, 2.0, np.inf, np.inf, np.inf]], learners._median)

    assert low < point < high
    assert point == pytest.approx(20.5)
    assert censored[0] == np.inf
