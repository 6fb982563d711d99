"""The real curriculum in roadmaps/: loadable, complete, and faithful to the source articles."""

from typing import Any

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from curriculum import graph, selectors
from curriculum.content import read_curriculum

pytestmark = pytest.mark.django_db

# Every mathematical concept the seed articles name, as the topic that teaches it.
SEED_CONCEPTS = [
    "vectors",
    "matrices",
    "dot-product",
    "determinants",
    "matrix-inverse",
    "linear-transformations",
    "vector-spaces",
    "change-of-basis",
    "least-squares",
    "eigenvalues-and-eigenvectors",
    "singular-value-decomposition",
    "principal-component-analysis",
    "derivatives",
    "partial-derivatives",
    "gradients",
    "chain-rule",
    "backpropagation",
    "second-derivatives",
    "integrals-as-area",
    "gradient-descent",
    "convexity",
    "local-and-global-minima",
    "saddle-points",
    "random-variables",
    "independence",
    "conditional-probability",
    "bayes-theorem",
    "descriptive-statistics",
    "variance-and-standard-deviation",
    "covariance-and-correlation",
    "pmf-and-pdf",
    "normal-distribution",
    "binomial-distribution",
    "poisson-distribution",
    "students-t-distribution",
    "chi-square-distribution",
    "exponential-distribution",
    "uniform-distribution",
    "multivariate-gaussian",
    "sampling",
    "maximum-likelihood-estimation",
    "hypothesis-testing",
    "z-test",
    "t-test",
    "chi-square-test",
    "p-values",
    "confidence-intervals",
    "anova",
    "ancova",
    "simple-linear-regression",
    "multiple-linear-regression",
    "residuals-and-mse",
    "logistic-sigmoid",
    "activation-gradients",
    "cross-entropy",
    "kl-divergence",
    "loss-functions",
    "regularisation",
    "dimensionality-reduction",
    "trigonometry",
    "deductive-and-inductive-reasoning",
    "graph-theory",
    "recursion-and-recurrences",
    "algorithm-complexity",
    "probabilistic-graphical-models",
    "non-convex-optimisation",
    "reading-math-notation",
    "entropy",
    "probability-calibration",
    "naive-bayes",
    "logistic-regression",
    "support-vector-machines",
    "convolution",
    "attention-mechanism",
    "generative-models",
    "learning-rate",
    "tensor-shapes",
    "multivariable-chain-rule",
]
CALCULUS_PROPER = [
    "derivatives",
    "partial-derivatives",
    "gradients",
    "chain-rule",
    "integrals-as-area",
    "second-derivatives",
]


@pytest.fixture(scope="module")
def curriculum() -> Any:
    return read_curriculum(settings.ROADMAPS_DIR)


def levels_of(curriculum: Any, role: str) -> dict[str, str]:
    return graph.role_levels(curriculum.roles[role].goals, curriculum.prerequisites())


def test_size_and_roles(curriculum: Any):
    assert 70 <= len(curriculum.topics) <= 125  # the issue expects roughly 70-120
    assert set(curriculum.roles) == {"ml-engineer", "data-scientist", "dl-engineer", "researcher"}


def test_every_seed_concept_has_a_topic(curriculum: Any):
    assert [slug for slug in SEED_CONCEPTS if slug not in curriculum.topics] == []


def test_every_topic_is_reachable_from_some_role(curriculum: Any):
    needed = set().union(*(levels_of(curriculum, role) for role in curriculum.roles))
    assert set(curriculum.topics) - needed == set()


def test_every_explanation_has_maths(curriculum: Any):
    assert [s for s, t in curriculum.topics.items() if "$" not in t.explanation] == []


def test_ml_engineer_bare_minimum_leaves_calculus_optional(curriculum: Any):
    levels = levels_of(curriculum, "ml-engineer")
    assert {slug: levels.get(slug) for slug in CALCULUS_PROPER if levels.get(slug) == "core"} == {}
    assert {"vectors", "matrices", "dot-product", "p-values", "confidence-intervals"} <= {
        slug for slug, level in levels.items() if level == "core"
    }


def test_deep_learning_engineer_needs_calculus_for_backpropagation(curriculum: Any):
    levels = levels_of(curriculum, "dl-engineer")
    for slug in [
        "backpropagation",
        "chain-rule",
        "partial-derivatives",
        "gradients",
        "cross-entropy",
        "multivariate-gaussian",
        "trigonometry",
    ]:
        assert levels[slug] == "core", slug


def test_data_scientist_leans_on_statistics(curriculum: Any):
    levels = levels_of(curriculum, "data-scientist")
    core_areas = [curriculum.topics[s].area for s, lvl in levels.items() if lvl == "core"]
    counts = {area: core_areas.count(area) for area in set(core_areas)}
    assert max(counts, key=counts.__getitem__) == "probability-statistics"


def test_researcher_takes_both_tracks_and_more(curriculum: Any):
    researcher = levels_of(curriculum, "researcher")
    for role in ["data-scientist", "dl-engineer"]:
        core = {s for s, lvl in levels_of(curriculum, role).items() if lvl == "core"}
        assert {s for s in core if researcher.get(s) != "core"} == set(), role
    assert researcher["non-convex-optimisation"] == "core"
    assert researcher["probabilistic-graphical-models"] == "core"
    assert curriculum.roles["researcher"].longer_than_plan is True
    assert not any(
        curriculum.roles[r].longer_than_plan for r in curriculum.roles if r != "researcher"
    )


def test_researcher_has_the_most_core_hours(real_curriculum_loaded: None):
    hours = {s.role.slug: s.core_hours for s in selectors.role_list()}
    assert max(hours, key=hours.__getitem__) == "researcher"
    assert hours["ml-engineer"] == min(hours.values())


def test_largest_roadmap_runs_at_most_five_queries(
    real_curriculum_loaded: None, django_assert_max_num_queries: Any
):
    largest = max(selectors.role_list(), key=lambda s: len(s.levels)).role.slug
    with django_assert_max_num_queries(5):
        response = APIClient().get(f"/api/roles/{largest}/roadmap/")
    assert response.status_code == 200
    assert len(response.json()["topics"]) > 100


def test_every_topic_page_and_path_loads(real_curriculum_loaded: None, assert_schema: Any):
    client = APIClient()
    for topic in client.get("/api/topics/").json():
        detail = assert_schema(client.get(f"/api/topics/{topic['slug']}/")).json()
        assert any(r["cost"] == "free" for r in detail["resources"]), topic["slug"]
        path = client.get(f"/api/topics/{topic['slug']}/path/").json()
        assert path["topics"][-1]["slug"] == topic["slug"]
