FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite+aiosqlite:////data/bangkit.db

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY conversations ./conversations
COPY templates ./templates
COPY migrations ./migrations
# Editable: templates/ and migrations/ are read from beside the code.
RUN pip install --no-cache-dir -e . \
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
