"""Alembic environment for the server: always run on a connection handed in by db.py."""

from alembic import context

from inclucities_server.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
