"""Storage: models, engine factory, migrations, repositories (which never commit)."""
