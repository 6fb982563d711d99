"""Lemma's settings: one module, configured from the environment.

Check out the code and it works: with no environment at all Lemma runs on SQLite with tasks
executed in-process. DATABASE_URL switches to PostgreSQL and REDIS_URL to Redis for Celery's
broker and the cache.
"""

import os
import re
from pathlib import Path

import dj_database_url
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent
BACKEND_DIR = BASE_DIR / "backend"
FRONTEND_DIST = BASE_DIR / "frontend" / "dist"
ROADMAPS_DIR = Path(os.environ.get("LEMMA_ROADMAPS_DIR", BASE_DIR / "roadmaps"))
VAR_DIR = BASE_DIR / "var"


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return default if value in (None, "") else int(value)


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_rate(name: str, default: str) -> str:
    """A throttle rate: requests per second, minute, hour or day, e.g. "30/min"."""
    value = env_str(name, default).strip()
    if not re.fullmatch(r"[0-9]+/(s|sec|second|m|min|minute|h|hour|d|day)", value):
        raise ValueError(f"{name} must be a rate such as 30/min or 10/hour, not {value!r}")
    return value


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "common",
    "accounts",
    "curriculum",
    "exercises",
    "learning",
    "placement",
    "groups",
]

MIDDLEWARE = [
    "common.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "common.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'lemma.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # A miss, not an error, while Redis restarts (common/cache.py).
            "BACKEND": "common.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lemma",
            "OPTIONS": {"socket_connect_timeout": 1.0, "socket_timeout": 2.0},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [FRONTEND_DIST] if FRONTEND_DIST.is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedStaticFilesStorage"
        )
    },
}
# Vite already fingerprints its assets, so they can be cached for good.
WHITENOISE_IMMUTABLE_FILE_TEST = r"^.+[.-][0-9a-zA-Z_-]{8,12}\..+$"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["common.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "common.schema.AutoSchema",
    "EXCEPTION_HANDLER": "common.exceptions.api_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Scoped limits, counted in the cache (common/throttling.py). Invite codes could be guessed
    # (per learner); sign-in and sign-up are counted per client address; answer previews and
    # submissions per learner, far above what a person practising does: the preview waits
    # 250 ms after the last keystroke, so one tab sends at most 240 a minute. Changing the
    # password and deleting the account check the password, so they share one count per learner:
    # a stolen session must not become a way to guess it.
    "DEFAULT_THROTTLE_RATES": {
        "invite-code": env_rate("THROTTLE_INVITE_CODE", "30/hour"),
        "login": env_rate("THROTTLE_LOGIN", "30/min"),
        "password-check": env_rate("THROTTLE_PASSWORD_CHECK", "10/hour"),
        "register": env_rate("THROTTLE_REGISTER", "30/hour"),
        "preview": env_rate("THROTTLE_PREVIEW", "240/min"),
        "submit": env_rate("THROTTLE_SUBMIT", "30/min"),
    },
    # Reverse proxies in front of Lemma whose X-Forwarded-For is trusted for the client address.
    # 0 uses the connection's address: behind one proxy set 1, or every visitor shares its limit.
    "NUM_PROXIES": env_int("NUM_PROXIES", 0),
}

# After LOGIN_LOCKOUT_FAILURES failed sign-ins for one username within LOGIN_LOCKOUT_MINUTES,
# that username is refused for LOGIN_LOCKOUT_MINUTES, counted in the cache (accounts/lockout.py).
LOGIN_LOCKOUT_FAILURES = env_int("LOGIN_LOCKOUT_FAILURES", 5)
LOGIN_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", 15)

# Content-Security-Policy, in the shape of Django 6's SECURE_CSP (common/security_headers.py).
# Only this site's scripts run; KaTeX and MathLive set inline style attributes, hence
# 'unsafe-inline' for styles only. MathLive's fonts are served from /static/mathlive-fonts/.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "font-src": ["'self'", "data:"],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# Browser features no page of Lemma uses, switched off for every page.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

SPECTACULAR_SETTINGS = {
    "TITLE": "Lemma API",
    "DESCRIPTION": "Roles, topics, prerequisites and resources for learning the maths of ML.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "LevelEnum": "curriculum.models.Level",
        "AreaEnum": "curriculum.models.Area",
        "ResourceKindEnum": "curriculum.models.ResourceKind",
        "SuggestionStatusEnum": "curriculum.models.SuggestionStatus",
        "LinkStatusEnum": "curriculum.models.LinkStatus",
        "AnswerKindEnum": "exercises.content.KINDS",
        "MasteryLevelEnum": "learning.mastery.LEVELS",
        "NoteVisibilityEnum": "groups.models.Note.Visibility",
        "VisibilityEnum": "groups.models.StudyGroup.Visibility",
    },
}

# Celery: a real broker when REDIS_URL is set, otherwise tasks run in-process.
CELERY_BROKER_URL = REDIS_URL or "memory://"
# Kombu's Redis transport, mended so a worker survives losing Redis mid-task (common/broker.py).
CELERY_BROKER_TRANSPORT = "common.broker:Transport" if REDIS_URL else None
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True

CSRF_FAILURE_VIEW = "common.views.csrf_failure"
CELERY_WORKER_MAX_TASKS_PER_CHILD = env_int("CELERY_WORKER_MAX_TASKS_PER_CHILD", 200)
CELERY_TASK_REJECT_ON_WORKER_LOST = True

# Email: printed to the console by default, written to files when EMAIL_FILE_PATH is set, and
# sent by SMTP when EMAIL_HOST is set (production).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
elif EMAIL_FILE_PATH:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_BACKEND = env_str("EMAIL_BACKEND", EMAIL_BACKEND)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Lemma <lemma@localhost>")
SITE_URL = env_str("SITE_URL", "http://localhost:8000").rstrip("/")  # for links in emails
EMAIL_BATCH_SIZE = env_int("EMAIL_BATCH_SIZE", 50)

# Curation: the weekly link check over every active resource, in bounded batches.
LINK_CHECK_BATCH_SIZE = env_int("LINK_CHECK_BATCH_SIZE", 25)
LINK_CHECK_TIMEOUT_SECONDS = float(env_int("LINK_CHECK_TIMEOUT_SECONDS", 10))
# Links to private, loopback or other internal addresses are refused (no probing our network).
LINK_CHECK_ALLOW_PRIVATE = env_bool("LINK_CHECK_ALLOW_PRIVATE", False)
CELERY_BEAT_SCHEDULE = {
    "resource-links-weekly": {
        "task": "curriculum.tasks.resource_links_check",
        "schedule": crontab(minute=17, hour=3, day_of_week="monday"),
        "options": {"expires": 6 * 60 * 60},
    },
    "group-digests-weekly": {
        "task": "groups.tasks.group_digests_send",
        "schedule": crontab(minute=7, hour=7, day_of_week="monday"),
        "options": {"expires": 6 * 60 * 60},
    },
    "behind-plan-reminders-weekly": {
        "task": "learning.tasks.behind_reminders_send",
        "schedule": crontab(minute=37, hour=7, day_of_week="monday"),
        "options": {"expires": 6 * 60 * 60},
    },
}

# Grading resilience: PostgreSQL holds every accepted answer; Redis only carries the message.
# An answer still queued after GRADING_REQUEUE_AFTER_SECONDS (a message lost with Redis) or
# claimed by a worker for longer than GRADING_STALE_CLAIM_SECONDS (a worker killed mid-grading;
# longer than the task's 15 s hard limit) is sent again by the sweep every GRADING_SWEEP_SECONDS.
GRADING_REQUEUE_AFTER_SECONDS = env_int("GRADING_REQUEUE_AFTER_SECONDS", 60)
GRADING_STALE_CLAIM_SECONDS = max(env_int("GRADING_STALE_CLAIM_SECONDS", 60), 20)
GRADING_SWEEP_SECONDS = env_int("GRADING_SWEEP_SECONDS", 30)
# /healthz reports grading as stalled once an answer has waited this long for its verdict.
GRADING_HEALTH_MAX_WAIT_SECONDS = env_int("GRADING_HEALTH_MAX_WAIT_SECONDS", 300)
# Fault injection for the fault tests (scripts/stack.py): seconds a worker holds each claim.
GRADING_FAULT_DELAY_SECONDS = env_int("GRADING_FAULT_DELAY_SECONDS", 0)
CELERY_BEAT_SCHEDULE["grading-sweep"] = {
    "task": "exercises.tasks.submissions_requeue",
    "schedule": float(GRADING_SWEEP_SECONDS),
    "options": {"expires": GRADING_SWEEP_SECONDS},
}
# A submit must not hang while Redis is away: two quick retries, then the sweep takes over.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1.0}
# Health checks are answered over plain HTTP inside the deployment (load balancer, compose).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^api/ping/$"]
# Fairness: answers one learner may have waiting for a grader at once (more get a 429).
GRADING_MAX_PENDING_PER_LEARNER = env_int("GRADING_MAX_PENDING_PER_LEARNER", 3)
# Two grading lanes (exercises.services.grading_queue): ordinary answers on GRADING_QUEUE, and
# floods, refused or very long answers on GRADING_BACKLOG_QUEUE, served by its own worker at a
# lower CPU priority. A single worker may serve both: `celery worker -Q celery,grading-backlog`.
GRADING_QUEUE = env_str("GRADING_QUEUE", "celery")
GRADING_BACKLOG_QUEUE = env_str("GRADING_BACKLOG_QUEUE", "grading-backlog")
# Sessions are read on every request: from Redis first (falling back to the database, which
# keeps them, when Redis is away or restarted).
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)
# When the broker connection drops, cancel the tasks in flight instead of finishing them on a
# channel that can no longer acknowledge: otherwise their unacknowledged messages keep the
# worker's prefetch slots full after it reconnects and it stops taking work (seen in the Redis
# fault test). The cancelled answers are graded again by the sweep. (Celery 6's default.)
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
