from django.urls import path

from . import curation_apis as apis

urlpatterns = [
    path("resources/", apis.ResourceListApi.as_view(), name="curation-resources"),
    path("resources/create/", apis.ResourceCreateApi.as_view(), name="curation-resource-create"),
    path("resources/<slug:slug>/", apis.ResourceDetailApi.as_view(), name="curation-resource"),
    path(
        "resources/<slug:slug>/update/",
        apis.ResourceUpdateApi.as_view(),
        name="curation-resource-update",
    ),
    path(
        "resources/<slug:slug>/retire/",
        apis.ResourceRetireApi.as_view(),
        name="curation-resource-retire",
    ),
    path("suggestions/", apis.SuggestionQueueApi.as_view(), name="curation-suggestions"),
    path(
        "suggestions/<int:pk>/approve/",
        apis.SuggestionApproveApi.as_view(),
        name="curation-suggestion-approve",
    ),
    path(
        "suggestions/<int:pk>/reject/",
        apis.SuggestionRejectApi.as_view(),
        name="curation-suggestion-reject",
    ),
    path("log/", apis.LogListApi.as_view(), name="curation-log"),
    path("log/<int:pk>/revert/", apis.LogRevertApi.as_view(), name="curation-log-revert"),
    path("link-reports/", apis.LinkReportListApi.as_view(), name="curation-link-reports"),
    path("link-reports/start/", apis.LinkCheckStartApi.as_view(), name="curation-link-check"),
]
