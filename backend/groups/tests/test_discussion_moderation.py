"""Editing and deleting questions and answers: authors edit and delete their own text; the
group's owner and admins moderate by deleting anything, never by rewriting it."""

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from groups import services
from groups.models import Answer, Question

from .conftest import Cast, client_for, membership

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(cast: Cast) -> tuple[Question, Answer]:
    asker = membership(cast.group, cast.target)
    question = services.question_create(
        membership=asker, topic="vectors", title="What is a basis?", body="Explain $e_1$."
    )
    answer = services.answer_create(
        membership=membership(cast.group, cast.member), question=question, body="A spanning set."
    )
    return question, answer


def test_the_author_edits_their_question_and_answer(cast: Cast, thread: tuple):
    question, answer = thread

    services.question_update(
        membership=membership(cast.group, cast.target),
        question=question,
        title="  What is a basis, really?  ",
        body="Explain **$e_1$**.",
    )
    services.answer_update(
        membership=membership(cast.group, cast.member), answer=answer, body="An independent set."
    )

    question.refresh_from_db()
    answer.refresh_from_db()
    assert (question.title, question.body) == ("What is a basis, really?", "Explain **$e_1$**.")
    assert answer.body == "An independent set."


def test_a_partial_edit_keeps_the_rest(cast: Cast, thread: tuple):
    question, _ = thread

    services.question_update(
        membership=membership(cast.group, cast.target), question=question, body="New body"
    )

    question.refresh_from_db()
    assert (question.title, question.body) == ("What is a basis?", "New body")


@pytest.mark.parametrize("editor", ["member", "admin", "owner"])
def test_nobody_else_edits_the_question_not_even_the_owner(cast: Cast, thread: tuple, editor: str):
    question, _ = thread

    with pytest.raises(services.Forbidden):
        services.question_update(
            membership=membership(cast.group, getattr(cast, editor)), question=question, title="X!"
        )

    question.refresh_from_db()
    assert question.title == "What is a basis?"


@pytest.mark.parametrize("editor", ["target", "admin", "owner"])
def test_nobody_else_edits_the_answer(cast: Cast, thread: tuple, editor: str):
    _, answer = thread

    with pytest.raises(services.Forbidden):
        services.answer_update(
            membership=membership(cast.group, getattr(cast, editor)), answer=answer, body="Mine"
        )

    answer.refresh_from_db()
    assert answer.body == "A spanning set."


def test_an_edit_cannot_blank_the_body(cast: Cast, thread: tuple):
    question, answer = thread

    with pytest.raises(ValidationError):
        services.question_update(
            membership=membership(cast.group, cast.target), question=question, body="   "
        )
    with pytest.raises(ValidationError):
        services.answer_update(
            membership=membership(cast.group, cast.member), answer=answer, body="\n"
        )


def test_a_plain_member_cannot_delete_someone_elses_text(cast: Cast, thread: tuple):
    question, answer = thread

    with pytest.raises(services.Forbidden):
        services.question_delete(membership=membership(cast.group, cast.member), question=question)
    with pytest.raises(services.Forbidden):
        services.answer_delete(membership=membership(cast.group, cast.target), answer=answer)

    assert Question.objects.filter(pk=question.pk).exists()
    assert Answer.objects.filter(pk=answer.pk).exists()


def test_the_author_deletes_their_own_answer(cast: Cast, thread: tuple):
    question, answer = thread

    services.answer_delete(membership=membership(cast.group, cast.member), answer=answer)

    assert not question.answers.exists()
    assert Question.objects.filter(pk=question.pk).exists()


@pytest.mark.parametrize("moderator", ["admin", "owner"])
def test_admins_delete_any_question_and_its_answers_go_too(
    cast: Cast, thread: tuple, moderator: str
):
    question, answer = thread

    services.question_delete(
        membership=membership(cast.group, getattr(cast, moderator)), question=question
    )

    assert not Question.objects.filter(pk=question.pk).exists()
    assert not Answer.objects.filter(pk=answer.pk).exists()


def test_an_admin_deletes_any_answer(cast: Cast, thread: tuple):
    _, answer = thread

    services.answer_delete(membership=membership(cast.group, cast.admin), answer=answer)

    assert not Answer.objects.filter(pk=answer.pk).exists()


@pytest.mark.parametrize(
    ("tail", "body", "field"),
    [
        ("", {"title": "ab"}, "title"),
        ("", {"title": "x" * 201}, "title"),
        ("", {"body": "x" * 10_001}, "body"),
        ("", {"body": "  "}, "body"),
        ("answers/{a}/", {"body": "x" * 10_001}, "body"),
        ("answers/{a}/", {"body": " \n "}, "body"),
        ("answers/{a}/", {}, "body"),
    ],
)
def test_edits_have_the_same_limits_as_posting(
    cast: Cast, thread: tuple, tail: str, body: dict, field: str, assert_schema: Any
):
    question, answer = thread
    author = cast.target if tail == "" else cast.member
    path = f"/api/groups/{cast.group.pk}/questions/{question.pk}/{tail.format(a=answer.pk)}"

    response = client_for(author).patch(path, body, format="json")

    assert assert_schema(response).status_code == 400, response.content
    assert field in response.json()["error"]["fields"]


def test_an_edit_is_returned_as_written(cast: Cast, thread: tuple, assert_schema: Any):
    question, answer = thread
    client = client_for(cast.member)
    path = f"/api/groups/{cast.group.pk}/questions/{question.pk}/answers/{answer.pk}/"

    edited = assert_schema(client.patch(path, {"body": "<b>$x^2$</b>"}, format="json"))

    assert edited.status_code == 200
    assert edited.json()["body"] == "<b>$x^2$</b>"
    shown = client.get(f"/api/groups/{cast.group.pk}/questions/{question.pk}/").json()
    assert shown["answers"][0]["body"] == "<b>$x^2$</b>"


def test_a_deleted_question_is_gone_for_everyone(cast: Cast, thread: tuple, assert_schema: Any):
    question, _ = thread
    path = f"/api/groups/{cast.group.pk}/questions/{question.pk}/"

    deleted = client_for(cast.admin).delete(path)

    assert deleted.status_code == 204
    assert assert_schema(client_for(cast.target).get(path)).status_code == 404
    listed = client_for(cast.member).get(f"/api/groups/{cast.group.pk}/questions/").json()
    assert listed == []
