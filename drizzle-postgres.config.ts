import { defineConfig } from 'drizzle-kit';

/** PostgreSQL's migrations (issue #14): `npm run db:generate:postgres`. SQLite's stay in `drizzle/`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/pg-schema.ts',
  out: './drizzle/postgres',
});
