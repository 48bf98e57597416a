import { Client } from "pg";

/** Runs one statement on the PostgreSQL server of TEST_POSTGRES_URL, outside any test database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** TEST_POSTGRES_URL with another database name. */
export function postgresUrl(database: string): string {
  const url = new URL(process.env.TEST_POSTGRES_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

export const onPostgres = () => process.env.TEST_DATABASE_PROVIDER === "postgresql";
