// Opens the catalogue page (FOLDER/index.html) from the disk in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core; no browser is downloaded) and checks it as a
// visitor with low vision, a keyboard user and a screen reader user would meet it:
//   node catalogue-check.mjs [FOLDER]          (default: out; CHROMIUM=path for another browser)
//   file          the page loads from file:// and asks for nothing but itself and data: pictures
//   axe           axe-core finds 0 violations at WCAG 2.2 AA (wcag2a, wcag2aa, wcag21a, wcag21aa,
//                 wcag22aa), with the full list, with a search typed, and at 320 px wide
//   links         every link leads to a file beside the page, or to an element of it
//   tab           pressing Tab reaches every link, the search box and the choice of language, in
//                 page order, each with a visible outline, the skip link first
//   search        typing a word shows exactly the guides whose title, description, theme or
//                 steps hold it (accents and case aside) and says how many; a word in none
//                 shows the « none » message; clearing shows all again
//   languages     (when the guides are in several languages) every entry has its lang and dir,
//                 rtl exactly for Arabic and Persian; choosing a language with the arrow keys
//                 shows exactly its guides and says how many; axe finds 0 violations with one
//                 chosen; each « Aussi en » link leads to an entry in the language it names, shown
//                 and focused even when the choice had hidden it
//   scripts       (when the page has such guides) an Arabic title found typed without its vowel
//                 marks and with a bare alef, a Turkish one typed with a plain i, a Russian ё as е
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
  // of a group of radio buttons, Tab reaches the chosen one; the arrow keys move between them
  const expected = await page.$$eval("a[href], input", (els) =>
    els.filter((e) => e.getClientRects().length > 0 && !(e.type === "radio" && !e.checked)).map((e, i) => {
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

const visibleGuides = (page) => page.$$eval("li.guide", (lis) =>
  lis.filter((li) => li.getClientRects().length > 0).map((li) => ({ lang: li.lang, title: li.querySelector("h3").textContent })));

async function languages(page) {
  const entries = await page.$$eval("li.guide", (lis) => lis.map((li) => ({ lang: li.lang, dir: li.dir })));
  const rtl = new Set(["ar", "fa", "he", "ur", "ps"]);
  const wrong = entries.filter((e) => !e.lang || e.dir !== (rtl.has(e.lang) ? "rtl" : "ltr"));
  report(wrong.length === 0, "languages", `${entries.length} entries, ${wrong.length} without their lang and dir`,
    wrong.map((e) => JSON.stringify(e)));

  const values = await page.$$eval("#languages input", (is) => is.map((i) => i.value));
  await page.focus("#languages input:checked");
  const seen = [];
  for (let i = 1; i <= values.length; i++) {
    await page.keyboard.press("ArrowRight"); // the next language; after the last, all of them again
    const value = values[i % values.length];
    const checked = await page.$eval("#languages input:checked", (e) => e.value);
    const shown = await visibleGuides(page);
    const expected = entries.filter((e) => value === "" || e.lang === value).length;
    const status = await page.textContent("#count");
    const ok = checked === value && shown.length === expected && shown.every((g) => value === "" || g.lang === value)
      && status.startsWith(String(expected));
    seen.push(`${value || "all"}: ${shown.length}${ok ? "" : ` (expected ${expected}, checked ${checked}, « ${status} »)`}`);
    if (!ok) {
      report(false, "languages", `choosing ${value || "all"} with the keyboard`, seen);
      return;
    }
    if (i === 1) {
      await axe(page, `with the language ${value} chosen`);
    }
  }
  report(values.length > 1, "languages", `each language chosen with the arrow keys shows its guides: ${seen.join(", ")}`);

  const links = await page.$$eval(".also a", (as) => as.map((a, i) => {
    a.dataset.alsoCheck = String(i);
    const from = a.closest("li.guide");
    return { i, href: a.getAttribute("href"), hreflang: a.hreflang, from: from.lang, fromId: from.id };
  }));
  const bad = [];
  for (const l of links.slice(0, 12)) {
    // choose the linking entry's language, which hides the entry linked to, and follow the link
    await page.check(`#languages input[value="${l.from}"]`);
    await page.click(`[data-also-check="${l.i}"]`);
    const at = await page.evaluate(() => {
      const e = document.activeElement;
      return { id: e.id, lang: e.lang, shown: e.getClientRects().length > 0, hash: location.hash };
    });
    if (`#${at.id}` !== l.href || at.lang !== l.hreflang || !at.shown || at.hash !== l.href) {
      bad.push(`${l.fromId} → ${l.href} (${l.hreflang}): focus on ${at.id || "nothing"} (${at.lang}), shown ${at.shown}`);
    }
  }
  await page.check('#languages input[value=""]');
  report(links.length > 0 && bad.length === 0, "languages",
    `${links.length} « Aussi en » links, ${Math.min(links.length, 12)} followed, ${bad.length} wrong`, bad);
}

async function typed(page, text, title) {
  if (await page.$("#languages")) await page.check('#languages input[value=""]');
  const box = page.locator("#q");
  await box.fill("");
  await box.pressSequentially(text, { delay: 5 });
  const shown = (await visibleGuides(page)).map((g) => g.title);
  await box.fill("");
  await box.dispatchEvent("input");
  return { ok: shown.includes(title), shown };
}

async function scripts(page) {
  const titles = await page.$$eval("li.guide", (lis) => lis.map((li) => ({ lang: li.lang,
    title: li.querySelector("h3").textContent, description: li.querySelector(".description")?.textContent || "" })));
  // how a reader may type a guide's words: each must find it
  const ways = [
    // harakat and tatweel off, every alef bare: as most Arabic readers type
    ["ar", (s) => s.replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا")],
    // or copied with all its marks and its alef wasla
    ["ar", (s) => s],
    // Persian typed on an Arabic keyboard: Arabic yeh and kaf, no zero-width non-joiner
    ["fa", (s) => s.replace(/ی/g, "ي").replace(/ک/g, "ك").replace(/\u200c/g, "")],
    // or on a Persian one, as written
    ["fa", (s) => s],
    // a Turkish word typed on a keyboard without ı or İ
    ["tr", (s) => s.replace(/[ıİ]/g, "i").toLowerCase()],
    // or with them, in small letters: ı must find what İ and ı were folded to
    ["tr", (s) => s.toLocaleLowerCase("tr")],
    ["ru", (s) => s.replace(/ё/g, "е").replace(/Ё/g, "Е")],
  ];
  let tried = 0;
  for (const [lang, typedAs] of ways) {
    const entry = titles.find((t) => t.lang === lang && t.description);
    if (!entry) continue;
    tried++;
    const text = typedAs(entry.description);
    const { ok, shown } = await typed(page, text, entry.title);
    report(ok, "scripts", `« ${text} » finds « ${entry.title} » (${lang})`, [`shown ${JSON.stringify(shown)}`]);
  }
  if (tried === 0) report(true, "scripts", "no guide in a script that folds (Arabic, Persian, Turkish, Russian)");
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
    if (await page.$("#languages")) {
      await check("languages", () => languages(page));
    }
    await check("scripts", () => scripts(page));
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
