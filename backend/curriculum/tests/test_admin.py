from typing import Any

import pytest
from django.test import Client

from curriculum.models import Prerequisite, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client: Client, admin_user: Any, loaded_small_curriculum: Any) -> Client:
    client.force_login(admin_user)
    return client


def test_adding_a_prerequisite_that_closes_a_cycle_is_refused(staff: Client):
    vectors, gradients = Topic.objects.get(slug="vectors"), Topic.objects.get(slug="gradients")

    # gradients already needs vectors; making vectors need gradients closes a cycle
    response = staff.post(
        "/admin/curriculum/prerequisite/add/",
        {"topic": vectors.pk, "prerequisite": gradients.pk},
    )

    assert response.status_code == 200
    assert "This would close a cycle" in response.content.decode()
    assert not Prerequisite.objects.filter(topic=vectors, prerequisite=gradients).exists()


def test_a_harmless_prerequisite_is_saved(staff: Client):
    matrices, functions = Topic.objects.get(slug="matrices"), Topic.objects.get(slug="functions")

    response = staff.post(
        "/admin/curriculum/prerequisite/add/",
        {"topic": matrices.pk, "prerequisite": functions.pk},
    )

    assert response.status_code == 302
    assert Prerequisite.objects.filter(topic=matrices, prerequisite=functions).exists()


def test_cycle_is_refused_in_the_topic_inline_too(staff: Client):
    functions, gradients = Topic.objects.get(slug="functions"), Topic.objects.get(slug="gradients")
    page = staff.get(f"/admin/curriculum/topic/{functions.pk}/change/")
    assert page.status_code == 200
    form = {
        "slug": functions.slug,
        "title": functions.title,
        "area": functions.area,
        "summary": functions.summary,
        "explanation": functions.explanation,
        "ml_use": functions.ml_use,
        "estimated_hours": functions.estimated_hours,
        "prerequisite_links-TOTAL_FORMS": "1",
        "prerequisite_links-INITIAL_FORMS": "0",
        "prerequisite_links-0-prerequisite": gradients.pk,
        "prerequisite_links-0-topic": functions.pk,
        "dependent_links-TOTAL_FORMS": "0",
        "dependent_links-INITIAL_FORMS": "0",
        "resource_links-TOTAL_FORMS": "0",
        "resource_links-INITIAL_FORMS": "0",
    }

    response = staff.post(f"/admin/curriculum/topic/{functions.pk}/change/", form)

    assert response.status_code == 200
    assert "This would close a cycle" in response.content.decode()
    assert not Prerequisite.objects.filter(topic=functions, prerequisite=gradients).exists()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/curriculum/topic/?q=vector",
        "/admin/curriculum/topic/?area__exact=calculus&status=active",
        "/admin/curriculum/role/",
        "/admin/curriculum/resource/?cost__exact=free",
        "/admin/curriculum/prerequisite/?q=gradients",
    ],
)
def test_admin_lists_search_and_filter(staff: Client, url: str):
    response = staff.get(url)
    assert response.status_code == 200


def test_topic_search_finds_by_title(staff: Client):
    response = staff.get("/admin/curriculum/topic/?q=deriv")
    content = response.content.decode()
    assert "Derivatives" in content
    assert "Matrices" not in content
