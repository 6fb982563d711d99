from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from common import views as common_views
from common.apis import PingApi

api_patterns: list[URLPattern | URLResolver] = [
    path("ping/", PingApi.as_view(), name="ping"),
    path("auth/", include("accounts.urls")),
    path("exercises/", include("exercises.urls")),
    path("learning/", include("learning.urls")),
    path("assessments/", include("placement.urls")),
    path("", include("curriculum.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    re_path(r"^(?P<path>.*)$", common_views.api_not_found),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(api_patterns)),
    re_path(r"^(?!api/|admin/|static/)(?P<path>.*)$", common_views.spa_index, name="spa"),
]
