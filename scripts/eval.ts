// npm run eval [-- --json [file]] [--matcher terms|shared-words]
// Runs the analysis (claim suggestion, attribution, claim features, link detection, claim matching)
// over the evaluation set in e2e/eval and the sample corpus, and prints per story, per split and
// overall how it compares with the answer key. Pure: no database, nothing written unless --json.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadEvalStories } from "./eval/load";
import { sharedWordsMatcher, termsMatcher } from "./eval/matching";
import { kindConfusion, storyCounts } from "./eval/metrics";
import { runPipeline } from "./eval/pipeline";
import { markdownTable, rows, TARGETS } from "./eval/report";
import { sampleStory } from "./eval/sample";

// --json prints the results as JSON; --json results.json writes them to that file.
const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { json: { type: "boolean", default: false }, matcher: { type: "string", default: "terms" } },
  allowPositionals: true,
});
const file = positionals[0];

const started = performance.now();
const stories = [...loadEvalStories(), sampleStory()];
const run = runPipeline(stories);
const features = new Map(run.articles.flatMap((a) => a.claims.map((c) => [c.claim.id, c.features] as const)));
const baseline = values.matcher === "shared-words";
const matcherName = baseline ? "shared words (baseline)" : "weighted terms (lib/matching)";
const matcher = baseline ? sharedWordsMatcher : termsMatcher((id) => features.get(id));
const table = rows(stories, storyCounts(stories, run, matcher));
const ms = Math.round(performance.now() - started);

if (values.json) {
  const out = JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      matcher: matcherName,
      targets: TARGETS,
      ms,
      rows: table,
      kindConfusion: kindConfusion(run),
    },
    null,
    2,
  );
  if (file) writeFileSync(file, out + "\n");
  else console.log(out);
} else {
  console.log(markdownTable(table));
  console.log(`\n${run.articles.length} articles, ${run.proposals.length} link proposals, ${ms} ms; matcher: ${matcherName}`);
}
