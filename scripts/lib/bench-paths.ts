import path from "node:path";

export const benchRoot = path.resolve(__dirname, "../../bench");

/** Where `npm run bench:corpus` writes a corpus and `npm run bench` looks for it. */
export function corpusFile(articles: number, seed: number): string {
  return path.join(benchRoot, "corpus", `${articles}-${seed}.db`);
}
