FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_URL=sqlite+aiosqlite:////data/bangkit.db

WORKDIR /app
# The exact versions, checked by hash (`make lock` writes the file from pyproject.toml),
# installed before the code is copied so that a code change reuses this layer.
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY conversations ./conversations
COPY templates ./templates
COPY migrations ./migrations
# Editable: templates/ and migrations/ are read from beside the code. Nothing more is
# downloaded: the dependencies and the build backend (setuptools) come from the lock.
RUN pip install --no-cache-dir --no-deps --no-build-isolation -e . \
    && useradd --create-home --uid 10001 bangkit \
    && mkdir -p /data && chown bangkit:bangkit /data

USER bangkit
# matplotlib's font cache, built now rather than on the first /grafik.
RUN python -c "import matplotlib.font_manager"
VOLUME ["/data"]
# In polling mode there is no HTTP server to ask, so the check asks what every update
# needs, in either mode: the database answers a read and holds the schema (exit 0 or 1).
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot", "healthcheck"]
# Migrations are applied at start-up; without a token the bot exits 2 (no restart loop).
CMD ["python", "-m", "bot"]
