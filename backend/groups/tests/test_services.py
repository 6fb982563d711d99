"""Group rules through the services: invites, leaving, removing, roles and ownership."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from groups import services
from groups.models import Invite, Membership, StudyGroup

from .conftest import Cast, add_member, make_user, membership

pytestmark = pytest.mark.django_db


def test_the_creator_owns_the_new_group(cast: Cast):
    owner = membership(cast.group, cast.owner)

    assert owner.role == "owner"
    assert cast.group.goal is not None
    assert cast.group.goal.slug == "scientist"


def test_an_unknown_goal_is_refused(cast: Cast):
    with pytest.raises(ValidationError) as refused:
        services.group_create(user=cast.owner, data=services.GroupInput(name="X", goal="nope"))
    assert "goal" in refused.value.message_dict


def test_an_invite_code_is_random_and_lasts_seven_days_by_default(cast: Cast):
    owner = membership(cast.group, cast.owner)

    first = services.invite_create(actor=owner)
    second = services.invite_create(actor=owner)

    assert first.code != second.code
    assert len(first.code) >= 20
    assert abs(first.expires_at - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)
    with pytest.raises(ValidationError):
        services.invite_create(actor=owner, expires_in_days=31)


def test_joining_counts_the_use_and_a_used_up_invite_is_gone(cast: Cast):
    invite = services.invite_create(actor=membership(cast.group, cast.owner), max_uses=1)

    joined = services.invite_join(user=cast.outsider, code=invite.code)

    assert joined.role == "member"
    assert joined.share_progress is True
    assert joined.share_hours is False
    invite.refresh_from_db()
    assert invite.uses == 1
    with pytest.raises(services.Gone) as refused:
        services.invite_join(user=make_user("late"), code=invite.code)
    assert refused.value.code == "invite_used_up"


@pytest.mark.parametrize(
    ("change", "code", "status"),
    [
        ({"expires_at": timezone.now() - timedelta(seconds=1)}, "invite_expired", 410),
        ({"revoked_at": timezone.now()}, "invite_revoked", 410),
    ],
)
def test_expired_and_revoked_invites_are_gone(cast: Cast, change: dict, code: str, status: int):
    invite = services.invite_create(actor=membership(cast.group, cast.owner))
    Invite.objects.filter(pk=invite.pk).update(**change)

    with pytest.raises(services.GroupError) as refused:
        services.invite_join(user=cast.outsider, code=invite.code)

    assert (refused.value.code, refused.value.status) == (code, status)
    assert not Membership.objects.filter(user=cast.outsider).exists()


def test_a_full_group_refuses_to_grow(cast: Cast):
    StudyGroup.objects.filter(pk=cast.group.pk).update(member_limit=4)
    invite = services.invite_create(actor=membership(cast.group, cast.owner))

    with pytest.raises(services.GroupError) as refused:
        services.invite_join(user=cast.outsider, code=invite.code)

    assert refused.value.code == "group_full"


def test_the_owner_must_transfer_before_leaving(cast: Cast):
    with pytest.raises(services.GroupError) as refused:
        services.membership_leave(membership=membership(cast.group, cast.owner))
    assert refused.value.code == "owner_must_transfer"


def test_the_last_member_leaving_deletes_the_group(cast: Cast):
    Membership.objects.filter(group=cast.group).exclude(user=cast.owner).delete()

    deleted = services.membership_leave(membership=membership(cast.group, cast.owner))

    assert deleted is True
    assert not StudyGroup.objects.filter(pk=cast.group.pk).exists()


def test_admins_remove_members_but_not_admins_or_the_owner(cast: Cast):
    admin = membership(cast.group, cast.admin)
    other_admin = add_member(cast.group, make_user("ann"), Membership.Role.ADMIN)

    for target in (membership(cast.group, cast.owner), other_admin):
        with pytest.raises(services.Forbidden):
            services.member_remove(actor=admin, target=target)
    services.member_remove(actor=admin, target=membership(cast.group, cast.member))

    assert not Membership.objects.filter(user=cast.member).exists()
    assert Membership.objects.filter(pk=other_admin.pk).exists()


def test_the_owner_removes_an_admin(cast: Cast):
    services.member_remove(
        actor=membership(cast.group, cast.owner), target=membership(cast.group, cast.admin)
    )
    assert not Membership.objects.filter(user=cast.admin).exists()


def test_transfer_leaves_exactly_one_owner(cast: Cast):
    new_owner = services.ownership_transfer(
        actor=membership(cast.group, cast.owner), target=membership(cast.group, cast.member)
    )

    assert new_owner.role == "owner"
    roles = dict(Membership.objects.filter(group=cast.group).values_list("user__username", "role"))
    assert roles == {"olga": "admin", "adam": "admin", "mia": "owner", "tom": "member"}
    # and the old owner can no longer act as one
    with pytest.raises(services.Forbidden):
        services.group_delete(actor=membership(cast.group, cast.owner))


def test_the_database_refuses_a_second_owner(cast: Cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.filter(user=cast.member, group=cast.group).update(role="owner")


def test_roles_change_by_the_owner_only_and_never_to_owner(cast: Cast):
    owner = membership(cast.group, cast.owner)
    target = membership(cast.group, cast.member)

    assert services.member_role_set(actor=owner, target=target, role="admin").role == "admin"
    with pytest.raises(ValidationError):
        services.member_role_set(actor=owner, target=target, role="owner")
    with pytest.raises(services.Forbidden):
        services.member_role_set(
            actor=membership(cast.group, cast.admin), target=target, role="member"
        )


def test_lowering_the_limit_below_the_member_count_is_refused(cast: Cast):
    with pytest.raises(ValidationError) as refused:
        services.group_update(actor=membership(cast.group, cast.owner), member_limit=3)
    assert "member_limit" in refused.value.message_dict


def test_only_the_asker_or_an_admin_marks_answers_helpful(cast: Cast):
    asker = membership(cast.group, cast.target)
    question = services.question_create(
        membership=asker, topic="vectors", title="Basis?", body="What is one?"
    )
    first = services.answer_create(
        membership=membership(cast.group, cast.member), question=question, body="A"
    )
    second = services.answer_create(membership=asker, question=question, body="B")

    with pytest.raises(services.Forbidden):
        services.answer_mark(
            membership=membership(cast.group, cast.member), answer=first, helpful=True
        )
    services.answer_mark(membership=asker, answer=first, helpful=True)
    services.answer_mark(membership=membership(cast.group, cast.admin), answer=second, helpful=True)

    assert question.answers.filter(helpful=True).count() == 2
