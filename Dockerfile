# One image for web (gunicorn), worker and beat. No Docker engine runs on the development
# machines, so this file is checked by review and `docker compose config`, not by a build here.
FROM python:3.11-slim-bookworm AS python-base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir .
COPY manage.py ./
COPY backend/ backend/
RUN mkdir -p /schema && python manage.py spectacular --file /schema/openapi.yaml

FROM node:20-bookworm-slim AS frontend
WORKDIR /app/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY --from=python-base /schema/openapi.yaml ./openapi.yaml
RUN npm run gen:api && npm run build

FROM python-base AS app
ENV DEBUG=false
COPY roadmaps/ roadmaps/
COPY --from=frontend /app/frontend/dist frontend/dist
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input -v 0 \
    && useradd --create-home lemma && mkdir -p var && chown lemma var
USER lemma
EXPOSE 8000
CMD ["gunicorn", "-c", "/app/backend/config/gunicorn.conf.py", "--chdir", "backend", "config.wsgi"]
