// Editors writing as fast as they can: new claims on random spans and verdict changes on known claims.
// Every write the server acknowledged is remembered, to be looked for afterwards.
import type { Client } from "./client";

export type Acknowledged = {
  claims: Set<string>;
  verdicts: Map<string, { verdict: string; version: number }>;
  refused: number;
  failed: string[];
};
const verdicts = ["contested", "unverifiable"];

export async function articleLengths(c: Client): Promise<Array<{ id: string; length: number }>> {
  const list = await c.get("/api/articles?pageSize=500");
  return Promise.all(
    list.body.items.map(async (a: { id: string }) => ({
      id: a.id,
      length: [...(await c.get(`/api/articles/${a.id}`)).body.text].length,
    })),
  );
}

/** Runs `concurrency` writers until stop() is called (or `until` resolves); resolves with what was acknowledged. */
export function writeLoad(c: Client, articles: Array<{ id: string; length: number }>, concurrency: number) {
  const ack: Acknowledged = { claims: new Set(), verdicts: new Map(), refused: 0, failed: [] };
  const versions = new Map<string, number>();
  let running = true;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  async function once() {
    const known = [...versions.keys()];
    if (known.length > 0 && Math.random() < 0.5) {
      const id = pick(known);
      const verdict = pick(verdicts);
      const r = await c.patch(`/api/claims/${id}`, { verdict, note: "مراجعة تحت الضغط", version: versions.get(id) });
      if (r.status === 200) {
        versions.set(id, r.body.version);
        ack.verdicts.set(id, { verdict, version: r.body.version });
      } else if (r.status === 409) {
        if (r.body.current?.version) versions.set(id, r.body.current.version);
        ack.refused++;
      } else ack.failed.push(`PATCH ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      return;
    }
    const article = pick(articles);
    const start = Math.floor(Math.random() * (article.length - 40));
    const r = await c.post("/api/claims", { articleId: article.id, start, end: start + 8 + Math.floor(Math.random() * 30) });
    if (r.status === 201) {
      ack.claims.add(r.body.id);
      versions.set(r.body.id, r.body.version);
    } else if (r.status === 400 || r.status === 409) ack.refused++;
    else ack.failed.push(`POST ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
  }
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) {
      try {
        await once();
      } catch (error) {
        if (running) ack.failed.push(String(error));
      }
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return ack;
    },
    /** Stops the writers without waiting for answers (the server is about to die). */
    abandon: () => {
      running = false;
      return ack;
    },
  };
}
