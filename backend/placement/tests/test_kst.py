"""Placement's inference and question choice on small graphs (pure: no database)."""

import numpy as np

from placement import kst
from placement.kst import Answer, Outcome

# A chain a -> b -> c -> d -> e (each needs the one before) and a side branch a -> x.
CHAIN = {"a": [], "b": ["a"], "c": ["b"], "d": ["c"], "e": ["d"], "x": ["a"]}


def right(topic: str) -> Answer:
    return Answer(topic, Outcome.CORRECT)


def wrong(topic: str) -> Answer:
    return Answer(topic, Outcome.INCORRECT)


def test_the_graph_is_in_an_order_where_prerequisites_come_first():
    graph = kst.Graph(CHAIN)

    order = graph.topics
    for topic, needs in CHAIN.items():
        assert all(order.index(p) < order.index(topic) for p in needs)
    assert graph.prerequisites["c"] == ("b",)


def test_every_sampled_state_is_consistent_with_the_prerequisites():
    graph = kst.Graph(CHAIN)

    states = kst.sample_states(graph, [right("e"), wrong("b")], seed=3)

    assert graph.is_downset(states).all()
    # a state that knows b without a is refused by the check itself
    b_without_a = np.zeros((1, len(graph)), dtype=bool)
    b_without_a[0, graph.index["b"]] = True
    assert not graph.is_downset(b_without_a)[0]


def test_a_right_answer_on_an_advanced_topic_credits_what_it_needs():
    graph = kst.Graph(CHAIN)

    p = kst.estimate(graph, [right("d")], seed=1).p_known

    assert p["d"] > 0.5
    assert p["a"] >= p["b"] >= p["c"] >= p["d"]
    assert p["e"] < p["d"]


def test_a_wrong_answer_on_a_basic_topic_lowers_everything_built_on_it():
    graph = kst.Graph(CHAIN)

    before = kst.estimate(graph, [], seed=1).p_known
    after = kst.estimate(graph, [wrong("b"), wrong("b")], seed=1).p_known

    for topic in ("b", "c", "d", "e"):
        assert after[topic] < before[topic]
        assert after[topic] < 0.3


def test_i_dont_know_counts_as_evidence_of_not_knowing():
    graph = kst.Graph(CHAIN)

    p = kst.estimate(graph, [Answer("c", Outcome.DONT_KNOW)], seed=2).p_known

    assert p["c"] < 0.2
    assert p["d"] < 0.2


def test_a_lucky_guess_on_multiple_choice_is_weaker_evidence_than_a_computed_answer():
    graph = kst.Graph(CHAIN)

    computed = kst.estimate(graph, [right("c")], seed=4).p_known["c"]
    guessed = kst.estimate(graph, [Answer("c", Outcome.CORRECT, guess=0.5)], seed=4).p_known["c"]

    assert guessed < computed


def test_the_same_answers_and_seed_give_the_same_estimate():
    graph = kst.Graph(CHAIN)
    answers = [right("b"), wrong("d")]

    first = kst.estimate(graph, answers, seed=9)
    again = kst.estimate(graph, answers, seed=9)

    assert first == again


def test_the_first_question_is_in_the_middle_of_a_chain_not_at_an_end():
    # On a chain, the most informative question halves the uncertainty: a middle topic.
    graph = kst.Graph({f"t{i}": [f"t{i - 1}"] if i else [] for i in range(9)})

    first = kst.estimate(graph, [], seed=5).next_topic

    assert first in {"t2", "t3", "t4", "t5", "t6"}


def test_a_topic_is_asked_at_most_twice_and_only_if_it_has_exercises():
    graph = kst.Graph(CHAIN)
    answers = [right("c"), wrong("c")]

    estimate = kst.estimate(graph, answers, seed=1, askable={"c", "d"})

    assert estimate.next_topic == "d"
    assert kst.estimate(graph, answers, seed=1, askable={"c"}).stop_reason == "no_questions"


def test_placement_stops_at_the_question_limit():
    graph = kst.Graph(CHAIN)
    answers = [right("b"), wrong("d"), right("c")]

    estimate = kst.estimate(graph, answers, seed=1, max_questions=3)

    assert (estimate.next_topic, estimate.stop_reason) == (None, "max_questions")


def simulate(graph: kst.Graph, truth: set[str], seed: int) -> tuple[int, float]:
    """A learner who knows `truth`, slips and guesses at the model's rates."""
    rng = np.random.default_rng(seed)
    answers: list[Answer] = []
    while True:
        estimate = kst.estimate(graph, answers, seed=seed)
        if estimate.next_topic is None:
            break
        p = 1 - kst.SLIP if estimate.next_topic in truth else kst.GUESS
        answers.append(
            right(estimate.next_topic) if rng.random() < p else wrong(estimate.next_topic)
        )
    known = {topic for topic, p in estimate.p_known.items() if p >= kst.KNOWN}
    correct = sum((topic in known) == (topic in truth) for topic in graph.topics)
    return len(answers), correct / len(graph)


def test_simulated_learners_on_a_chain_are_placed_accurately_in_few_questions():
    # Twenty topics in a row; each learner knows a prefix of it, slips and guesses at the
    # model's rates. Asking every topic would take 20 questions.
    graph = kst.Graph({f"t{i:02}": [f"t{i - 1:02}"] if i else [] for i in range(20)})
    results = [
        simulate(graph, {f"t{i:02}" for i in range(cut)}, seed=cut) for cut in range(0, 21, 2)
    ]

    questions = sorted(q for q, _ in results)
    assert np.mean([accuracy for _, accuracy in results]) >= 0.9
    assert questions[len(questions) // 2] <= 12


def test_classification_says_what_is_known_ready_and_why():
    graph = kst.Graph(CHAIN)
    answers = [right("c"), wrong("d"), Answer("x", Outcome.DONT_KNOW)]
    p_known = kst.estimate(graph, answers, seed=1).p_known

    placed = {p.topic: p for p in kst.classify(graph, answers, p_known)}

    assert placed["a"].verdict == kst.Verdict.KNOWN
    assert placed["a"].why == "You solved a question on c, which builds on it."
    assert placed["c"].why == "You answered a question on it correctly."
    assert placed["d"].verdict == kst.Verdict.READY
    assert placed["d"].why == "Your answer on it was not right."
    assert placed["x"].why == "You said you don't know it yet."
    assert placed["e"].verdict == kst.Verdict.NOT_YET
    assert placed["e"].why == "It builds on d, which you found hard."


def test_nothing_is_credited_without_a_right_answer_to_show_for_it():
    # A root never asked is likely known a priori, but with no right answer on it or on
    # anything built on it, it is not credited: it is where the plan starts.
    graph = kst.Graph({"basics": [], "next": ["basics"], "other": [], "far": ["other"]})
    answers = [Answer("far", Outcome.DONT_KNOW)]
    p_known = kst.estimate(graph, answers, seed=3).p_known
    assert p_known["basics"] >= kst.KNOWN  # the prior's view

    placed = {p.topic: p for p in kst.classify(graph, answers, p_known)}

    assert placed["basics"].verdict == kst.Verdict.READY
    assert placed["basics"].why.startswith("Probably known, but nothing you answered shows it")
    assert placed["next"].verdict == kst.Verdict.NOT_YET  # its prerequisite is not credited
