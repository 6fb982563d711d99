from django.urls import path

from . import apis

urlpatterns = [
    path("profile/", apis.ProfileApi.as_view(), name="learning-profile"),
    path("profile/defaults/", apis.ProfileDefaultsApi.as_view(), name="learning-profile-defaults"),
    path("forecast/", apis.ForecastApi.as_view(), name="learning-forecast"),
    path("dashboard/", apis.DashboardApi.as_view(), name="learning-dashboard"),
    path("time/", apis.TimeLogApi.as_view(), name="learning-time"),
    path("today/", apis.TodayApi.as_view(), name="learning-today"),
    path("progress/", apis.ProgressListApi.as_view(), name="learning-progress"),
    path("progress/<slug:topic>/", apis.ProgressDetailApi.as_view(), name="learning-topic"),
]
