// npm run db:migrate: applies pending migrations to the database DATABASE_URL selects.
import { getEnv } from "@/lib/db/env";
import { runCli } from "./lib/cli";
import { migrateDeploy } from "./lib/migrate";

runCli(async () => {
  const { database } = getEnv();
  migrateDeploy();
  console.log(`migrations applied (${database.provider})`);
  return 0;
});
