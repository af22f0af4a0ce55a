// npm run user:create -- --email E --role viewer|editor|admin [--password P] [--name N]
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { createUserSchema } from "@/lib/auth/schema";
import { createUser } from "@/lib/auth/mutations";
import { runCli } from "./lib/cli";

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: { email: { type: "string" }, role: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  });
  const generated = values.password ? null : randomBytes(12).toString("base64url");
  const parsed = createUserSchema.safeParse({ ...values, password: values.password ?? generated });
  if (!parsed.success) {
    console.error(`user:create: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    console.error("usage: npm run user:create -- --email E --role viewer|editor|admin [--password P]");
    return 1;
  }
  const result = await createUser(getDb(), parsed.data, { id: null, label: "command line" });
  if (!result.ok) {
    console.error(`user:create: ${result.message}`);
    return 1;
  }
  console.log(`created ${parsed.data.role} ${parsed.data.email}`);
  if (generated) console.log(`password: ${generated}`);
  return 0;
});
