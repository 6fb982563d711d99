from django.urls import path

from . import apis, schedule_apis

urlpatterns = [
    path("profile/", apis.ProfileApi.as_view(), name="learning-profile"),
    path("profile/defaults/", apis.ProfileDefaultsApi.as_view(), name="learning-profile-defaults"),
    path("forecast/", apis.ForecastApi.as_view(), name="learning-forecast"),
    path("dashboard/", apis.DashboardApi.as_view(), name="learning-dashboard"),
    path("time/", apis.TimeLogApi.as_view(), name="learning-time"),
    path("today/", apis.TodayApi.as_view(), name="learning-today"),
    path("milestones/", schedule_apis.MilestonesApi.as_view(), name="learning-milestones"),
    path("pauses/", schedule_apis.PausesApi.as_view(), name="learning-pauses"),
    path("pauses/<int:pause_id>/", schedule_apis.PauseDetailApi.as_view(), name="learning-pause"),
    path("calendar/", schedule_apis.CalendarApi.as_view(), name="learning-calendar"),
    path(
        "calendar/<slug:token>.ics",
        schedule_apis.CalendarFeedApi.as_view(),
        name="learning-calendar-feed",
    ),
    path("progress/", apis.ProgressListApi.as_view(), name="learning-progress"),
    path("progress/<slug:topic>/", apis.ProgressDetailApi.as_view(), name="learning-topic"),
]
