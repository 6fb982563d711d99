from django.urls import path

from . import apis, data_apis

urlpatterns = [
    path("csrf/", apis.CsrfApi.as_view(), name="auth-csrf"),
    path("me/", apis.MeApi.as_view(), name="auth-me"),
    path("me/export/", data_apis.AccountExportApi.as_view(), name="auth-me-export"),
    path("me/delete/", data_apis.AccountDeleteApi.as_view(), name="auth-me-delete"),
    path("register/", apis.RegisterApi.as_view(), name="auth-register"),
    path("login/", apis.LoginApi.as_view(), name="auth-login"),
    path("logout/", apis.LogoutApi.as_view(), name="auth-logout"),
    path("password/", apis.PasswordChangeApi.as_view(), name="auth-password"),
]
