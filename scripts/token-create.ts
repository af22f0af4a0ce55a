// npm run token:create -- --email E --name LABEL   (the token alone on the last line; shown once)
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { createTokenSchema } from "@/lib/auth/schema";
import { findUserByEmail } from "@/lib/auth/data";
import { createApiToken } from "@/lib/auth/mutations";
import { runCli } from "./lib/cli";

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { email: { type: "string" }, name: { type: "string" } },
  });
  const parsed = createTokenSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`token:create: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return 1;
  }
  const db = getDb();
  const user = await findUserByEmail(db, parsed.data.email);
  if (!user) {
    console.error(`token:create: no account for ${parsed.data.email}`);
    return 1;
  }
  const { token } = await createApiToken(db, user.id, parsed.data.name, { id: null, label: "command line" });
  console.log(`token "${parsed.data.name}" for ${user.email} (${user.role}); it is shown only this once:`);
  console.log(token);
  return 0;
});
