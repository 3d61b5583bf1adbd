// Opens every web edition (FOLDER/<slug>.html, every .html but index.html) from the disk in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core; no browser is
// downloaded) and checks it as a reader with low vision on a phone would meet it:
//   network   no request leaves the page while it loads and is used: every request but the page
//             itself is intercepted, counted and refused; no policy violation, no script error
//   axe       axe-core finds 0 violations at WCAG 2.2 AA, in light and in dark mode
//   contrast  every text at 7:1 or more (axe-core's color-contrast-enhanced), light and dark
//   reflow    at 320 x 640 CSS px with text at 200 %, nothing scrolls sideways: the page and
//             every element have scrollWidth <= clientWidth; likewise at 400 % zoom of a
//             1280 px desktop window (320 x 200 CSS px)
//   tab       Tab reaches each step's checkbox in step order; Chromium's accessibility tree
//             names it after its step; Space ticks it
//   keep      a tick and a note are still there after a reload, and gone after « clear »
//   no-script without JavaScript every step shows and its box still ticks; « clear » is hidden
//   node web-check.mjs [FOLDER]     (default: out; CHROMIUM=path for another browser)
// Prints one PASS/FAIL line per check, then 'N passed, M failed'; exits 1 on any failure.

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

let passed = 0;
let failed = 0;

function report(ok, check, summary, details = []) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${check}: ${summary}`);
  if (!ok) details.slice(0, 12).forEach((d) => console.log(`     ${d}`));
}

async function check(name, body) {
  try {
    await body();
  } catch (e) {
    report(false, name, `${e.name}: ${e.message}`);
  }
}

/** A page whose every request but its own file is counted and refused. */
async function open(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const outside = [];
  const problems = [];
  await context.route("**/*", (route) => {
    if (route.request().url() === url) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`policy: ${m.text()}`);
  });
  await page.goto(url);
  return { context, page, outside, problems };
}

async function axe(browser, url, name, colorScheme) {
  const context = await browser.newContext({ colorScheme });
  // Given to the page by the browser itself, as the page's policy lets no other script run.
  await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  await page.goto(url);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG_22_AA,
  );
  const lines = result.violations.flatMap((v) =>
    v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${n.failureSummary.split("\n")[1] || ""}`));
  report(result.violations.length === 0, "axe", `${name}, ${colorScheme}: ${result.violations.length} violations`, lines);
  await context.close();
}

/** Text against its background at 7:1 or more (axe-core's rule for WCAG's enhanced contrast, 1.4.6). */
async function contrast(browser, url, name, colorScheme) {
  const context = await browser.newContext({ colorScheme });
  await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  await page.goto(url);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "rule", values: ["color-contrast-enhanced"] }, resultTypes: ["violations"] }));
  const lines = result.violations.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n")[1] || ""}`));
  report(result.violations.length === 0, "contrast", `${name}, ${colorScheme}: ${result.violations.length} texts under 7:1`, lines);
  await context.close();
}

async function reflow(browser, url, name) {
  // The phone's text size at 200 %: the root size every rem of the page follows.
  await noSideways(browser, url, name, { width: 320, height: 640 }, 1, "200%", "at 320 px with 200 % text");
}

/** A desktop window of 1280 x 800 zoomed to 400 %: 320 x 200 CSS px, four device pixels each. */
async function zoom(browser, url, name) {
  await noSideways(browser, url, name, { width: 320, height: 200 }, 4, "", "at 400 % zoom of 1280 px");
}

async function noSideways(browser, url, name, viewport, deviceScaleFactor, fontSize, where) {
  const { context, page } = await open(browser, url, { viewport, deviceScaleFactor });
  if (fontSize) {
    await page.evaluate((size) => { document.documentElement.style.fontSize = size; }, fontSize);
  }
  const wide = await page.evaluate(() => {
    const out = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const e of document.body.querySelectorAll("*")) {
      if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth) {
        out.push(`${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`);
      }
    }
    return out;
  });
  report(wide.length === 0, "reflow", `${name}: ${wide.length} elements wider than the window ${where}`, wide);
  await context.close();
}

async function tab(browser, url, name) {
  const { context, page } = await open(browser, url);
  const titles = await page.$$eval(".step-title label", (ls) => ls.map((l) => l.textContent.replace(/\s+/g, " ").trim()));
  const reached = [];
  for (let i = 0; i < 400 && reached.length < titles.length; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => {
      const e = document.activeElement;
      return e && e.type === "checkbox" ? e.id : null;
    });
    if (id && !reached.includes(id)) reached.push(id);
    if (await page.evaluate(() => document.activeElement === document.body)) break;
  }
  const expected = titles.map((_, i) => `done-${i + 1}`);
  report(JSON.stringify(reached) === JSON.stringify(expected), "tab",
    `${name}: ${reached.length} of ${titles.length} checkboxes reached in step order`, [`reached ${reached}`]);
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const named = nodes.filter((n) => n.role?.value === "checkbox").map((n) => (n.name?.value || "").replace(/\s+/g, " ").trim());
  report(JSON.stringify(named) === JSON.stringify(titles), "tab",
    `${name}: every checkbox is named after its step in Chromium's accessibility tree`,
    named.map((n, i) => `${n} / ${titles[i]}`));
  if (titles.length > 0) {
    await page.focus("#done-1");
    await page.keyboard.press("Space");
    report(await page.isChecked("#done-1"), "tab", `${name}: Space ticks the first step's box`);
  }
  await context.close();
}

async function keep(browser, url, name) {
  const { context, page: first, outside, problems } = await open(browser, url);
  let page = first;
  const boxes = await page.$$("input[type=checkbox]");
  const note = await page.$("textarea");
  if (boxes.length === 0) {
    report(true, "keep", `${name}: no step to tick`);
    await context.close();
    return;
  }
  const last = `#done-${boxes.length}`;
  const text = "Code reçu : 1234 <b>";
  // The page is read again as a reader does who comes back to it: closed, then opened anew in
  // the same browser. Closing it is what makes the browser write what the page stored, which a
  // reload right away can outrun.
  async function reopen(stored) {
    await page.waitForFunction(stored, null, { polling: 50, timeout: 10000 });
    await page.close();
    page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
    await page.goto(url);
  }
  await page.check(last);
  if (note) await page.fill("textarea", text);
  await reopen(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || "").includes("true")));
  const kept = (await page.isChecked(last)) && (!note || (await page.inputValue("textarea")) === text);
  report(kept, "keep", `${name}: a tick${note ? " and a note" : ""} still there after the page is opened again`);
  await page.click("#clear");
  await reopen(() => localStorage.length === 0);
  const gone = !(await page.isChecked(last)) && (!note || (await page.inputValue("textarea")) === "");
  report(gone, "keep", `${name}: gone after « clear » and the page opened again`);
  report(outside.length === 0 && problems.length === 0, "network",
    `${name}: ${outside.length} requests outside the page while it loaded and was used, ${problems.length} problems`,
    [...outside, ...problems]);
  await context.close();
}

async function noScript(browser, url, name) {
  const { context, page } = await open(browser, url, { javaScriptEnabled: false });
  const steps = await page.$$eval(".step-title", (hs) => hs.filter((h) => h.offsetHeight > 0).length);
  const all = await page.$$eval(".step-title", (hs) => hs.length);
  let ticks = true;
  if (all > 0) {
    await page.click(".step-title label");
    ticks = await page.isChecked("#done-1");
  }
  const clear = await page.$("#clear");
  const hidden = !clear || !(await clear.isVisible());
  report(steps === all && ticks && hidden, "no-script",
    `${name}: ${steps} of ${all} steps shown, the box ticks: ${ticks}, « clear » hidden: ${hidden}`);
  await context.close();
}

async function main() {
  const folder = path.resolve(process.argv[2] || "out");
  const pages = fs.readdirSync(folder).filter((f) => f.endsWith(".html") && f !== "index.html").sort();
  if (pages.length === 0) {
    report(false, "file", `no web edition in ${folder} (render the guides first: ./fiches)`);
    return;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    for (const file of pages) {
      const url = pathToFileURL(path.join(folder, file)).href;
      const name = file.replace(/\.html$/, "");
      await check("axe", () => axe(browser, url, name, "light"));
      await check("axe", () => axe(browser, url, name, "dark"));
      await check("contrast", () => contrast(browser, url, name, "light"));
      await check("contrast", () => contrast(browser, url, name, "dark"));
      await check("reflow", () => reflow(browser, url, name));
      await check("zoom", () => zoom(browser, url, name));
      await check("tab", () => tab(browser, url, name));
      await check("keep", () => keep(browser, url, name));
      await check("no-script", () => noScript(browser, url, name));
    }
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (e) {
  report(false, "browser", `${e.name}: ${e.message}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
