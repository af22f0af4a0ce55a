import { BackupError } from "@/lib/db/backup";
import { runCli } from "./cli";

/** Runs a backup or restore command: its last line, or one line naming what went wrong. */
export function runBackupCli(main: () => Promise<{ line: string; code: number }>) {
  runCli(async () => {
    try {
      const { line, code } = await main();
      console.log(line);
      return code;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(`claimdesk: ${error.message}`);
      return 1;
    }
  });
}
