from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from common import views as common_views
from common.apis import PingApi, TaskCountsApi, healthz

api_patterns: list[URLPattern | URLResolver] = [
    path("ping/", PingApi.as_view(), name="ping"),
    path("auth/", include("accounts.urls")),
    path("exercises/", include("exercises.urls")),
    path("learning/", include("learning.urls")),
    path("assessments/", include("placement.urls")),
    path("curation/", include("curriculum.curation_urls")),
    path("groups/", include("groups.urls")),
    path("ops/tasks/", TaskCountsApi.as_view(), name="ops-tasks"),
    path("", include("curriculum.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file: no inline script, so the
    # Content-Security-Policy holds on this page too.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    # (?s): a path with an encoded newline (%0A) is still an API path, answered in JSON.
    re_path(r"^(?P<path>(?s:.*))$", common_views.api_not_found),
]

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include(api_patterns)),
    re_path(r"^(?!api/|admin/|static/|healthz$)(?P<path>.*)$", common_views.spa_index, name="spa"),
]
