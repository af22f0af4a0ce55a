// npm run eval [-- --json [file]]
// Runs the analysis (claim suggestion, attribution, claim features, link detection, claim matching)
// over the evaluation set in e2e/eval and the sample corpus, and prints per story, per split and
// overall how it compares with the answer key. Pure: no database, nothing written unless --json.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadEvalStories } from "./eval/load";
import { sharedWordsMatcher } from "./eval/matching";
import { kindConfusion, storyCounts } from "./eval/metrics";
import { runPipeline } from "./eval/pipeline";
import { markdownTable, rows, TARGETS } from "./eval/report";
import { sampleStory } from "./eval/sample";

// --json prints the results as JSON; --json results.json writes them to that file.
const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { json: { type: "boolean", default: false } },
  allowPositionals: true,
});
const file = positionals[0];

const started = performance.now();
const stories = [...loadEvalStories(), sampleStory()];
const run = runPipeline(stories);
const table = rows(stories, storyCounts(stories, run, sharedWordsMatcher));
const ms = Math.round(performance.now() - started);

if (values.json) {
  const out = JSON.stringify(
    {
      ranAt: new Date().toISOString(),
      matcher: "shared words",
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
  console.log(
    `\n${run.articles.length} articles, ${run.proposals.length} link proposals, ${ms} ms; matcher: shared words (baseline)`,
  );
}
