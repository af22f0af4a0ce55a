import { getDb } from "@/lib/db/client";
import { EnvError } from "@/lib/db/env";

/** Runs a command-line entry point: one clear line on a configuration error, exit code from main. */
export function runCli(main: () => Promise<number>) {
  main()
    .then(async (code) => {
      await getDb().$disconnect();
      process.exit(code);
    })
    .catch((error) => {
      if (error instanceof EnvError) console.error(`claimdesk: ${error.message}`);
      else console.error(error);
      process.exit(1);
    });
}
