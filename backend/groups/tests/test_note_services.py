import pytest
from django.core.exceptions import ValidationError

from groups import note_selectors, note_services, services
from groups.models import NOTE_BODY_MAX, Note, NoteShare, PublicProfile
from groups.services import GroupError, Missing

from .conftest import Cast, add_member, make_user, membership

pytestmark = pytest.mark.django_db

FORMULA = "The gradient: $\\nabla f = (\\partial_x f, \\partial_y f)$\n\n$$\\|v\\|_2$$\n"


def test_a_note_is_created_then_replaced_one_per_topic(cast: Cast) -> None:
    # given a note on vectors
    first = note_services.note_save(user=cast.member, topic="vectors", body="first")

    # when the learner saves again on the same topic
    second = note_services.note_save(user=cast.member, topic="vectors", body=FORMULA)

    # then the same note now holds the new text, as written
    assert second.pk == first.pk
    assert Note.objects.filter(author=cast.member).count() == 1
    second.refresh_from_db()
    assert second.body == FORMULA
    assert second.visibility == Note.Visibility.PRIVATE


def test_the_body_is_kept_exactly_as_written(cast: Cast) -> None:
    body = "  <script>alert('x')</script>\n<img src=x onerror=alert(1)>  \n\n"
    note = note_services.note_save(user=cast.member, topic="vectors", body=body)
    note.refresh_from_db()
    assert note.body == body


@pytest.mark.parametrize("body", ["", "   \n\t "])
def test_an_empty_note_is_refused(cast: Cast, body: str) -> None:
    with pytest.raises(ValidationError) as error:
        note_services.note_save(user=cast.member, topic="vectors", body=body)
    assert "body" in error.value.message_dict


def test_the_length_limit_is_enforced_to_the_character(cast: Cast) -> None:
    note_services.note_save(user=cast.member, topic="vectors", body="x" * NOTE_BODY_MAX)
    with pytest.raises(ValidationError) as error:
        note_services.note_save(user=cast.member, topic="vectors", body="x" * (NOTE_BODY_MAX + 1))
    assert "at most 20,000 characters" in error.value.message_dict["body"][0]


def test_an_unknown_or_retired_topic_is_refused(cast: Cast) -> None:
    with pytest.raises(Missing):
        note_services.note_save(user=cast.member, topic="no-such-topic", body="x")
    from curriculum.models import Topic

    Topic.objects.filter(slug="matrices").update(retired_at="2024-01-01T00:00Z")
    with pytest.raises(Missing):
        note_services.note_save(user=cast.member, topic="matrices", body="x")


def test_sharing_with_groups_needs_membership_and_at_least_one_group(cast: Cast) -> None:
    elsewhere = services.group_create(user=cast.outsider, data=services.GroupInput(name="Not mine"))
    with pytest.raises(ValidationError) as error:
        note_services.note_save(
            user=cast.member,
            topic="vectors",
            body="x",
            visibility="groups",
            groups=[cast.group.pk, elsewhere.pk],
        )
    assert "member of" in error.value.message_dict["groups"][0]
    with pytest.raises(ValidationError) as error:
        note_services.note_save(user=cast.member, topic="vectors", body="x", visibility="groups")
    assert "at least one" in error.value.message_dict["groups"][0]
    assert not Note.objects.exists()


def test_changing_visibility_replaces_the_shares(cast: Cast) -> None:
    second = services.group_create(user=cast.owner, data=services.GroupInput(name="Second"))
    add_member(second, cast.member)
    note = note_services.note_save(
        user=cast.member,
        topic="vectors",
        body="x",
        visibility="groups",
        groups=[cast.group.pk, second.pk],
    )
    assert NoteShare.objects.filter(note=note).count() == 2

    note_services.note_save(
        user=cast.member, topic="vectors", body="x", visibility="groups", groups=[second.pk]
    )
    assert [s.membership.group_id for s in NoteShare.objects.filter(note=note)] == [second.pk]

    note_services.note_save(
        user=cast.member, topic="vectors", body="x", visibility="public", groups=[second.pk]
    )
    assert not NoteShare.objects.filter(note=note).exists()


def test_leaving_a_group_stops_sharing_with_it(cast: Cast) -> None:
    # given a note shared with the group
    note_services.note_save(
        user=cast.member,
        topic="vectors",
        body="shared",
        visibility="groups",
        groups=[cast.group.pk],
    )
    assert [n.body for n in note_selectors.note_list_for_group(group=cast.group)] == ["shared"]

    # when the author leaves
    services.membership_leave(membership=membership(cast.group, cast.member))

    # then the group no longer sees it, and the author keeps the note
    assert note_selectors.note_list_for_group(group=cast.group) == []
    assert Note.objects.get(author=cast.member).body == "shared"


def test_a_group_sees_shared_and_members_public_notes_only(cast: Cast) -> None:
    note_services.note_save(user=cast.member, topic="vectors", body="private")
    note_services.note_save(
        user=cast.admin, topic="vectors", body="groups", visibility="groups", groups=[cast.group.pk]
    )
    note_services.note_save(user=cast.owner, topic="matrices", body="public", visibility="public")
    note_services.note_save(user=cast.outsider, topic="vectors", body="x", visibility="public")

    seen = note_selectors.note_list_for_group(group=cast.group)
    assert sorted(note.body for note in seen) == ["groups", "public"]
    on_vectors = note_selectors.note_list_for_group(group=cast.group, topic="vectors")
    assert [note.body for note in on_vectors] == ["groups"]


def test_deleting_a_note(cast: Cast) -> None:
    note_services.note_save(user=cast.member, topic="vectors", body="x")
    note_services.note_delete(user=cast.member, topic="vectors")
    assert not Note.objects.exists()
    with pytest.raises(GroupError) as error:
        note_services.note_delete(user=cast.member, topic="vectors")
    assert error.value.status == 404


def test_the_public_profile_is_off_until_turned_on(cast: Cast) -> None:
    assert note_selectors.profile_get(user=cast.member).enabled is False
    assert note_selectors.public_profile_get(username="mia") is None

    profile = note_services.profile_update(
        user=cast.member, enabled=True, display_name="  Mia   the  Maths fan "
    )
    assert profile.display_name == "Mia the Maths fan"
    assert note_selectors.public_profile_get(username="mia") == profile

    note_services.profile_update(user=cast.member, enabled=False)
    assert note_selectors.public_profile_get(username="mia") is None
    assert PublicProfile.objects.get(user=cast.member).display_name == "Mia the Maths fan"


def test_a_display_name_has_a_limit(cast: Cast) -> None:
    with pytest.raises(ValidationError):
        note_services.profile_update(user=cast.member, display_name="x" * 61)


def test_export_has_a_heading_per_topic_the_visibility_and_the_text(cast: Cast) -> None:
    from datetime import UTC, datetime

    note_services.note_save(user=cast.member, topic="vectors", body=FORMULA, visibility="public")
    note_services.note_save(
        user=cast.member,
        topic="matrices",
        body="Rows *times* columns.",
        visibility="groups",
        groups=[cast.group.pk],
    )
    note_services.note_save(user=make_user("zed"), topic="functions", body="not mine")

    text = note_selectors.note_export_markdown(
        user=cast.member, exported_at=datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    )

    assert text.startswith("# Lemma notes of mia\n\nExported on 2025-03-01 09:30 UTC: 2 notes.\n")
    matrices, vectors = text.index("## Matrices\n"), text.index("## Vectors\n")
    assert matrices < vectors  # by topic title
    assert "Topic: matrices · Visibility: my groups (Secret circle) · Updated: " in text
    assert "Topic: vectors · Visibility: public · Updated: " in text
    assert FORMULA in text
    assert "Rows *times* columns." in text
    assert "not mine" not in text
