from django.urls import path

from . import apis

urlpatterns = [
    path("templates/", apis.TemplateListApi.as_view(), name="exercise-templates"),
    path("instances/", apis.InstanceCreateApi.as_view(), name="exercise-instance-create"),
    path("instances/<uuid:pk>/", apis.InstanceDetailApi.as_view(), name="exercise-instance"),
    path("instances/<uuid:pk>/hints/", apis.HintRevealApi.as_view(), name="exercise-hints"),
    path(
        "instances/<uuid:pk>/solution/", apis.SolutionRevealApi.as_view(), name="exercise-solution"
    ),
    path(
        "instances/<uuid:pk>/submissions/",
        apis.SubmissionCreateApi.as_view(),
        name="exercise-submit",
    ),
    path("submissions/<uuid:pk>/", apis.SubmissionDetailApi.as_view(), name="exercise-submission"),
    path("preview/", apis.PreviewApi.as_view(), name="exercise-preview"),
]
