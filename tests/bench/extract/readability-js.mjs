// Readability.js (with jsdom) over the pages named on stdin, one path a
// line; prints one JSON object a line: input, text, title and the CPU time
// of parsing and extracting. Used by score.py only, never shipped.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const quiet = new VirtualConsole();
const rl = createInterface({ input: process.stdin });
for await (const path of rl) {
  if (!path) continue;
  const raw = readFileSync(path);
  const start = process.cpuUsage();
  const wall = performance.now();
  let text = "", title = null;
  try {
    const dom = new JSDOM(raw, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      text = article.textContent || "";
      title = article.title;
    }
    dom.window.close();
  } catch (e) {
    text = "";
  }
  const used = process.cpuUsage(start);
  process.stdout.write(JSON.stringify({
    input: path, text, title,
    cpu_seconds: (used.user + used.system) / 1e6,
    seconds: (performance.now() - wall) / 1000,
  }) + "\n");
}
