// npm run export -- --format csv|json|claimreview|html|pdf --out FILE [--session ID | --article ID | --query "<claims query string>"]
// Exit 0: the file is written. Exit 2: nothing to export (no file). Exit 1: bad arguments (one line).
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client";
import { prepareExport } from "@/lib/exports/pipeline";
import { parseExportRequest } from "@/lib/exports/schema";
import { runCli } from "./lib/cli";

const usage =
  'usage: npm run export -- --format csv|json|claimreview|html|pdf --out FILE [--session ID | --article ID | --query "<claims query string>"]';

runCli(async () => {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== "--"),
      options: {
        format: { type: "string" },
        out: { type: "string" },
        session: { type: "string" },
        article: { type: "string" },
        query: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (error) {
    console.error(`claimdesk export: ${(error as Error).message.split("\n")[0]} (${usage.replace("usage: ", "")})`);
    return 1;
  }
  if (!values.format || !values.out) {
    console.error(`claimdesk export: --format and --out are required; ${usage}`);
    return 1;
  }
  const { out, ...request } = values;
  const parsed = parseExportRequest(Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)));
  if (!parsed.ok) {
    const issue = parsed.error.issues[0];
    const field = issue.path.filter((p) => p !== "scope").join(".");
    console.error(`claimdesk export: ${field ? `--${field}: ` : ""}${issue.message}`);
    return 1;
  }
  const prepared = await prepareExport(getDb(), parsed.request);
  if (!prepared.ok) {
    if (prepared.reason === "EMPTY") {
      console.error(`claimdesk export: ${prepared.message.replace(/^Nothing to export/, "nothing to export")}`);
      return 2;
    }
    console.error(`claimdesk export: ${prepared.message}`);
    return 1;
  }
  // Written next to the target and renamed at the end, so a failed export leaves no partial file.
  const target = path.resolve(out);
  const partial = `${target}.partial`;
  const stream = createWriteStream(partial);
  try {
    for await (const chunk of prepared.body) if (!stream.write(chunk)) await once(stream, "drain");
    stream.end();
    await once(stream, "finish");
    renameSync(partial, target);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  console.log(`exported ${prepared.claims} claims to ${out}`);
  return 0;
});
