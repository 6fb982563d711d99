from django.urls import path

from . import apis

urlpatterns = [
    path("placement/", apis.PlacementApi.as_view(), name="placement"),
    path("placement/skip/", apis.PlacementSkipApi.as_view(), name="placement-skip"),
    path("test-out/", apis.TestOutApi.as_view(), name="test-out"),
    path("<uuid:pk>/", apis.AssessmentApi.as_view(), name="assessment"),
    path("<uuid:pk>/advance/", apis.AssessmentAdvanceApi.as_view(), name="assessment-advance"),
    path("<uuid:pk>/dont-know/", apis.AssessmentDontKnowApi.as_view(), name="assessment-dont-know"),
    path("<uuid:pk>/stop/", apis.AssessmentStopApi.as_view(), name="assessment-stop"),
]
