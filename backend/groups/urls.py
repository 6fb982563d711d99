from django.urls import path

from . import apis, discussion_apis, invite_apis, note_apis, page_apis

urlpatterns = [
    path("", apis.GroupListApi.as_view(), name="groups"),
    path("public/", apis.PublicGroupListApi.as_view(), name="groups-public"),
    path("join/", apis.GroupJoinApi.as_view(), name="groups-join"),
    path("invites/<str:code>/", invite_apis.InviteLookupApi.as_view(), name="groups-invite"),
    path("<uuid:group_id>/", apis.GroupDetailApi.as_view(), name="group"),
    path("<uuid:group_id>/leave/", apis.GroupLeaveApi.as_view(), name="group-leave"),
    path("<uuid:group_id>/me/", apis.MySharingApi.as_view(), name="group-sharing"),
    path("<uuid:group_id>/members/<int:user_id>/", apis.MemberApi.as_view(), name="group-member"),
    path("<uuid:group_id>/transfer/", apis.OwnershipTransferApi.as_view(), name="group-transfer"),
    path("<uuid:group_id>/invites/", apis.InviteListApi.as_view(), name="group-invites"),
    path(
        "<uuid:group_id>/invites/<int:invite_id>/revoke/",
        apis.InviteRevokeApi.as_view(),
        name="group-invite-revoke",
    ),
    path("<uuid:group_id>/heatmap/", page_apis.HeatmapApi.as_view(), name="group-heatmap"),
    path("<uuid:group_id>/weekly/", page_apis.WeeklyGoalApi.as_view(), name="group-weekly"),
    path("<uuid:group_id>/activity/", page_apis.ActivityApi.as_view(), name="group-activity"),
    path("<uuid:group_id>/helpers/", page_apis.HelpersApi.as_view(), name="group-helpers"),
    path(
        "<uuid:group_id>/questions/",
        discussion_apis.QuestionListApi.as_view(),
        name="group-questions",
    ),
    path(
        "<uuid:group_id>/questions/<int:question_id>/",
        discussion_apis.QuestionDetailApi.as_view(),
        name="group-question",
    ),
    path(
        "<uuid:group_id>/questions/<int:question_id>/answers/",
        discussion_apis.AnswerCreateApi.as_view(),
        name="group-answers",
    ),
    path(
        "<uuid:group_id>/questions/<int:question_id>/answers/<int:answer_id>/",
        discussion_apis.AnswerDetailApi.as_view(),
        name="group-answer",
    ),
    path(
        "<uuid:group_id>/questions/<int:question_id>/answers/<int:answer_id>/helpful/",
        discussion_apis.AnswerHelpfulApi.as_view(),
        name="group-answer-helpful",
    ),
    path("notes/", note_apis.MyNoteListApi.as_view(), name="notes-mine"),
    path("notes/export.md", note_apis.MyNoteExportApi.as_view(), name="notes-export"),
    path("notes/<slug:topic>/", note_apis.MyNoteApi.as_view(), name="note"),
    path("profile/", note_apis.MyProfileApi.as_view(), name="notes-profile"),
    path("people/<str:username>/", note_apis.PublicProfileApi.as_view(), name="people"),
    path("<uuid:group_id>/notes/", note_apis.GroupNoteListApi.as_view(), name="group-notes"),
]
