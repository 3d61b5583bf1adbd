// Opens the catalogue page (FOLDER/index.html) from the disk in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core; no browser is downloaded) and checks it as a
// visitor with low vision, a keyboard user and a screen reader user would meet it:
//   node catalogue-check.mjs [FOLDER]          (default: out; CHROMIUM=path for another browser)
//   file          the page loads from file:// and asks for nothing but itself and data: pictures
//   axe           axe-core finds 0 violations at WCAG 2.2 AA (wcag2a, wcag2aa, wcag21a, wcag21aa,
//                 wcag22aa), with the full list, with a search typed, and at 320 px wide
//   links         every link leads to a file beside the page, or to an element of it
//   tab           pressing Tab reaches every link and the search box, in page order, each with
//                 a visible outline, the skip link first
//   search        typing a word shows exactly the guides whose title, description, theme or
//                 steps hold it (accents and case aside) and says how many; a word in none
//                 shows the « none » message; clearing shows all again
//   no-script     without JavaScript every guide shows and the search box does not
//   reflow        at 320 CSS px (1280 px at 400 % zoom) nothing scrolls sideways
//   print         printed, the list keeps title, theme and pages and drops pictures and buttons
// Prints one PASS/FAIL line per check, then 'N passed, M failed'; exits 1 on any failure.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

let passed = 0;
let failed = 0;

function report(ok, check, summary, details = []) {
  if (ok) {
    passed++;
  } else {
    failed++;
  }
  console.log(`${ok ? "PASS" : "FAIL"} ${check}: ${summary}`);
  if (!ok) {
    details.slice(0, 12).forEach((d) => console.log(`     ${d}`));
  }
}

async function check(name, body) {
  try {
    await body();
  } catch (e) {
    report(false, name, `${e.name}: ${e.message}`);
  }
}

// ---------------------------------------------------------------- checks

async function axe(page, when) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG_22_AA,
  );
  const lines = result.violations.flatMap((v) =>
    v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${n.failureSummary.split("\n")[1] || ""}`));
  report(result.violations.length === 0, "axe", `${result.violations.length} violations ${when}`, lines);
}

async function links(page, folder) {
  const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => [a.getAttribute("href"), a.href]));
  const bad = [];
  for (const [raw, absolute] of hrefs) {
    if (raw.startsWith("#")) {
      if (!(await page.$(`[id="${raw.slice(1)}"]`))) bad.push(`${raw}: no such element`);
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("/")) {
      bad.push(`${raw}: not relative`);
    } else {
      const file = fileURLToPath(absolute);
      if (path.dirname(file) !== folder || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        bad.push(`${raw}: no file ${file}`);
      }
    }
  }
  report(hrefs.length > 0 && bad.length === 0, "links", `${hrefs.length} links, ${bad.length} broken`, bad);
}

async function tab(page) {
  const expected = await page.$$eval("a[href], input", (els) =>
    els.filter((e) => e.getClientRects().length > 0).map((e, i) => {
      e.dataset.tabCheck = String(i);
      return i;
    }).length);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const reached = [];
  const invisible = [];
  for (let i = 0; i < expected + 3; i++) {
    await page.keyboard.press("Tab");
    const seen = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || !e.dataset.tabCheck) return null;
      const style = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      return {
        index: Number(e.dataset.tabCheck),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        inView: box.bottom > 0 && box.top < window.innerHeight && box.width > 0,
        text: (e.textContent || e.id).trim().slice(0, 60),
      };
    });
    if (seen && !reached.includes(seen.index)) {
      reached.push(seen.index);
      if (!seen.outline || !seen.inView) invisible.push(`${seen.text}: outline ${seen.outline}, in view ${seen.inView}`);
    }
  }
  const inOrder = reached.every((v, i) => v === i);
  const skipFirst = (await page.$eval('[data-tab-check="0"]', (e) => e.classList.contains("skip")));
  report(reached.length === expected && inOrder && skipFirst && invisible.length === 0, "tab",
    `${reached.length} of ${expected} links and fields reached with Tab${inOrder ? ", in order" : ", out of order"}`
      + `${skipFirst ? ", skip link first" : ""}`, invisible);
}

async function search(page) {
  const guides = await page.$$eval("li.guide", (lis) => lis.map((li) => ({
    title: li.querySelector("h3").textContent, words: ` ${li.dataset.search} ` })));
  const fold = (s) => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  // a word some guides hold and others do not, taken from a title, typed in capitals with its accents
  const titleWords = guides.flatMap((g) => g.title.split(/\s+/)).filter((w) => w.length > 4);
  const word = titleWords.find((w) => {
    const n = guides.filter((g) => g.words.includes(` ${fold(w)} `)).length;
    return n > 0 && n < guides.length;
  }) || titleWords[0];
  const box = page.locator("#q");
  await box.pressSequentially(word.toUpperCase(), { delay: 10 });
  const expected = guides.filter((g) => g.words.includes(fold(word))).map((g) => g.title);
  const visible = await page.$$eval("li.guide", (lis) => lis.filter((li) => li.getClientRects().length > 0)
    .map((li) => li.querySelector("h3").textContent));
  const status = await page.textContent("#count");
  const same = JSON.stringify(visible.slice().sort()) === JSON.stringify(expected.slice().sort());
  report(same && visible.length > 0 && visible.length < guides.length && status.startsWith(String(visible.length)),
    "search", `« ${word.toUpperCase()} » shows ${visible.length} of ${guides.length} guides; status « ${status} »`,
    [`expected ${JSON.stringify(expected)}`, `visible ${JSON.stringify(visible)}`]);
  await axe(page, `with « ${word.toUpperCase()} » typed`);

  await box.fill("zzqxwv");
  await box.dispatchEvent("input");
  const none = await page.$$eval("li.guide", (lis) => lis.filter((li) => li.getClientRects().length > 0).length);
  const message = await page.isVisible("#none");
  report(none === 0 && message, "search", `a word in no guide shows none and says so (${none} shown)`);

  await box.fill("");
  await box.dispatchEvent("input");
  const all = await page.$$eval("li.guide", (lis) => lis.filter((li) => li.getClientRects().length > 0).length);
  report(all === guides.length, "search", `cleared, all ${all} of ${guides.length} guides show again`);
}

async function noScript(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const total = await page.$$eval("li.guide", (lis) => lis.length);
  const shown = await page.$$eval("li.guide", (lis) => lis.filter((li) => li.getClientRects().length > 0).length);
  const box = await page.isVisible("#q");
  report(total > 0 && shown === total && !box, "no-script", `${shown} of ${total} guides show; search box ${box ? "shown" : "hidden"}`);
  await context.close();
}

async function reflow(browser, url) {
  const context = await browser.newContext({ viewport: { width: 320, height: 256 } });
  const page = await context.newPage();
  await page.goto(url);
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  report(scroll <= width, "reflow", `at 320 px wide the page is ${scroll} px wide (viewport ${width})`);
  await axe(page, "at 320 px wide");
  await context.close();
}

async function print(page) {
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => {
    const visible = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0).length;
    return { titles: visible("li.guide h3"), pages: visible(".pages"), themes: visible("section.theme h2"),
      guides: document.querySelectorAll("li.guide").length, pictures: visible("li.guide img"),
      actions: visible(".actions a"), search: visible("#q") };
  });
  report(shown.titles === shown.guides && shown.pages === shown.guides && shown.themes > 0 && shown.pictures === 0
    && shown.actions === 0 && shown.search === 0, "print",
  `printed: ${shown.titles} titles, ${shown.pages} page counts, ${shown.themes} themes, ${shown.pictures} pictures, `
    + `${shown.actions} buttons`);
  await page.emulateMedia({ media: "screen" });
}

// ---------------------------------------------------------------- main

async function main() {
  const folder = path.resolve(process.argv[2] || "out");
  const file = path.join(folder, "index.html");
  if (!fs.existsSync(file)) {
    report(false, "file", `no ${file} (render the guides first: ./fiches)`);
    return;
  }
  const url = pathToFileURL(file).href;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const elsewhere = [];
    const errors = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith("data:")) elsewhere.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const response = await page.goto(url);
    report(response !== null && elsewhere.length === 0 && errors.length === 0, "file",
      `${url} loaded; ${elsewhere.length} other requests, ${errors.length} script errors`, [...elsewhere, ...errors]);
    await check("axe", () => axe(page, "with the full list"));
    await check("links", () => links(page, folder));
    await check("tab", () => tab(page));
    await check("search", () => search(page));
    await check("print", () => print(page));
    await check("no-script", () => noScript(browser, url));
    await check("reflow", () => reflow(browser, url));
    report(errors.length === 0, "script", `${errors.length} script errors in all`, errors);
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
