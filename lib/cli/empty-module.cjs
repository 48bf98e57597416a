// Stands in for the `server-only` marker outside Next (see allow-server-only.cjs).
