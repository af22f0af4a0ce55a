import { bootstrap } from "./lib/bootstrap";
import { runCli } from "./lib/cli";

runCli(async () => {
  await bootstrap();
  return 0;
});
