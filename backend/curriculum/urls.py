from django.urls import path

from . import apis, feedback_apis

urlpatterns = [
    path("roles/", apis.RoleListApi.as_view(), name="role-list"),
    path("roles/<slug:slug>/", apis.RoleDetailApi.as_view(), name="role-detail"),
    path("roles/<slug:slug>/roadmap/", apis.RoleRoadmapApi.as_view(), name="role-roadmap"),
    path("areas/", apis.AreaListApi.as_view(), name="area-list"),
    path("topics/", apis.TopicListApi.as_view(), name="topic-list"),
    path("topics/<slug:slug>/", apis.TopicDetailApi.as_view(), name="topic-detail"),
    path("topics/<slug:slug>/path/", apis.TopicPathApi.as_view(), name="topic-path"),
    path(
        "topics/<slug:slug>/ratings/",
        feedback_apis.MyRatingListApi.as_view(),
        name="topic-ratings-mine",
    ),
    path(
        "topics/<slug:slug>/resources/<slug:resource_slug>/rating/",
        feedback_apis.RatingSetApi.as_view(),
        name="topic-resource-rating",
    ),
    path("resources/", apis.ResourceListApi.as_view(), name="resource-list"),
    path("suggestions/", feedback_apis.MySuggestionListApi.as_view(), name="suggestion-list"),
    path(
        "suggestions/create/",
        feedback_apis.SuggestionCreateApi.as_view(),
        name="suggestion-create",
    ),
]
