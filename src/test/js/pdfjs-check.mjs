// Reads the rendered guides with pdf.js, the PDF reader of Firefox, in Node (no browser), and
// checks what a screen reader would be given against the guide's Markdown:
//   node pdfjs-check.mjs [--verbose] [--guides DIR] [FOLDER_OR_PDF...]   (default folder: out)
// --verbose also lists the headings and checkboxes that pdf.js gives; --guides defaults to
// the project's guides/ folder.
// For every out/<slug>-accessible.pdf and out/<slug>-grands-caracteres.pdf:
//   marked-content  every marked-content reference of page.getStructTree() is among the
//                   marked-content ids of page.getTextContent({includeMarkedContent: true})
//   headings        the H1..H6 structure elements, named from their marked content, in order,
//                   equal the headings expected from guides/<slug>.md
//   fields          (accessible only) getFieldObjects(): one checkbox etape-1..etape-N per step,
//                   then one text field note-1..note-M per label of the front matter's notes:
//   checkbox-names  (accessible only) each checkbox widget's alternativeText (/TU), in step
//                   order, is « Étape N : titre »
//   note-names      (accessible only) each text field widget's alternativeText (/TU), in page
//                   order, is its label from notes:, and the fields are note-1..note-M in order
//   title           getMetadata(): info Title and XMP dc:title are the guide's title
//   lang            getMetadata(): info.Language (the catalog's /Lang) is the guide's lang
// Prints one PASS/FAIL line per check, then 'N passed, M failed'; exits 1 on any failure.

// pdfjs-dist 6 targets Node >= 22; on Node 20 it needs these (the legacy build polyfills the rest).
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { marked } from "marked";

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.resolve(HERE, "../../..");
const EDITIONS = [
  { suffix: "-accessible.pdf", name: "accessible", forms: true },
  { suffix: "-grands-caracteres.pdf", name: "grands-caracteres", forms: false },
];
const STEPS_TITLES = new Set(["les etapes", "etapes", "steps", "the steps", "الخطوات", "مراحل", "кроки"]);
// The words Fiches adds, by language (src/main/resources/fiches/labels/<code>.properties).
const WORDS = {
  fr: { step: (n, t) => `Étape\u00A0${n}\u00A0: ${t}`, faq: "Questions fréquentes", notes: "Mes notes" },
  en: { step: (n, t) => `Step\u00A0${n}: ${t}`, faq: "Frequently asked questions", notes: "My notes" },
  ar: { step: (n, t) => `الخطوة\u00A0${n}: ${t}`, faq: "أسئلة شائعة", notes: "ملاحظاتي" },
  fa: { step: (n, t) => `مرحله\u00A0${n}: ${t}`, faq: "پرسش‌های متداول", notes: "یادداشت‌های من" },
  uk: { step: (n, t) => `Крок\u00A0${n}: ${t}`, faq: "Поширені запитання", notes: "Мої нотатки" },
};
/** A step number written in ASCII, Arabic-Indic or Persian digits. */
function stepNumber(digits) {
  return Number([...digits].map(c => {
    const u = c.codePointAt(0);
    return u >= 0x660 && u <= 0x669 ? String(u - 0x660) : u >= 0x6f0 && u <= 0x6f9 ? String(u - 0x6f0) : c;
  }).join(""));
}
const SPACE = "[\\s\\u00A0\\u202F\\u2007\\u2009]*";
const STEP_HEADING = new RegExp(
  `^(?:[EÉ]tape|Step|الخطوة|مرحله|Крок)${SPACE}([0-9\u0660-\u0669\u06F0-\u06F9]{1,4})${SPACE}:${SPACE}(.*)$`, "iu");
const MAX_LISTED = 12;
let verbose = false;

// ---------------------------------------------------------------- results

let passed = 0;
let failed = 0;

function report(ok, file, check, summary, details = []) {
  if (ok) {
    passed++;
  } else {
    failed++;
  }
  console.log(`${ok ? "PASS" : "FAIL"} ${file} ${check}: ${summary}`);
  const shown = details.slice(0, MAX_LISTED);
  for (const d of shown) {
    console.log(`       ${d}`);
  }
  if (details.length > shown.length) {
    console.log(`       ... and ${details.length - shown.length} more`);
  }
}

// ---------------------------------------------------------------- text helpers

/** All kinds of white space (NBSP, narrow NBSP, thin space, tab, line feed...) as one space. */
function norm(s) {
  return String(s ?? "")
    .normalize("NFC")
    .replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, "")
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu, " ")
    .trim();
}

/** Shows a string with its invisible characters visible, for failure messages. */
function show(s) {
  return JSON.stringify(String(s ?? "")).replace(/\u00A0/g, "\\u00A0").replace(/\u202F/g, "\\u202F");
}

function plainKey(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The text of inline tokens without their formatting, like fiches.guide.PlainText. */
function plainText(tokens) {
  let out = "";
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "text":
        out += t.tokens ? plainText(t.tokens) : decodeEntities(t.text);
        break;
      case "strong":
      case "em":
      case "del":
      case "link":
        out += plainText(t.tokens);
        break;
      case "codespan":
        out += t.text;
        break;
      case "escape":
        out += t.text;
        break;
      case "image":
        out += decodeEntities(t.text);
        break;
      default:
        out += " ";
    }
  }
  return out;
}

// ---------------------------------------------------------------- the guide's Markdown

/**
 * What the PDF must show for a guide: title, lang, steps and the headings in order, each as
 * {level, text}. Mirrors fiches.parse (front matter, SectionAssembler, StepsSection) and
 * fiches.layout.GuideLayout: H1 title, H2 per section, H3 per step « Étape N : titre » (or
 * « Step N: title »), headings inside blocks as H3/H4, then H2 « Questions fréquentes » and
 * an H3 per question, then H2 « Mes notes » (« My notes ») when the front matter has notes:.
 */
function readGuide(file) {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (lines[0].trimEnd() !== "---") {
    throw new Error(`${file}: no front matter (first line is not ---)`);
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  if (close < 0) {
    throw new Error(`${file}: front matter never closed`);
  }
  const fm = yaml.load(lines.slice(1, close).join("\n"), { schema: yaml.CORE_SCHEMA }) ?? {};
  const body = lines.slice(close + 1).join("\n");
  const title = String(fm.title ?? "");
  const lang = String(fm.lang ?? "");
  const french = lang.toLowerCase().split("-")[0] === "fr";
  const words = WORDS[lang.toLowerCase().split("-")[0]] ?? WORDS.en;
  const frontSteps = fm.steps === undefined ? undefined : Number(fm.steps);

  const headings = [{ level: 1, text: title, what: "title" }];
  const steps = [];
  let inSteps = false;
  const walk = (tokens, topLevel) => {
    for (const t of tokens) {
      if (t.type === "heading") {
        const txt = plainText(t.tokens).trim();
        if (topLevel && t.depth <= 2) {
          inSteps = STEPS_TITLES.has(plainKey(txt));
          if (txt !== "") {
            headings.push({ level: 2, text: txt, what: "section" });
          }
        } else if (topLevel && t.depth === 3 && inSteps) {
          const m = STEP_HEADING.exec(txt);
          if (m && m[2].trim() !== "") {
            const n = stepNumber(m[1]);
            const label = words.step(n, m[2].trim());
            steps.push({ n, title: m[2].trim(), label });
            headings.push({ level: 3, text: label, what: `step ${n}` });
          } else {
            steps.push({ n: -1, title: txt, label: txt, malformed: true });
            headings.push({ level: 3, text: txt, what: "malformed step" });
          }
        } else {
          headings.push({ level: Math.max(3, Math.min(t.depth, 4)), text: txt, what: "sub-heading" });
        }
      } else if (t.type === "blockquote") {
        walk(t.tokens, false);
      }
    }
  };
  walk(marked.lexer(body), true);

  const faq = Array.isArray(fm.faq) ? fm.faq : [];
  if (faq.length > 0) {
    headings.push({ level: 2, text: words.faq, what: "faq" });
    for (const entry of faq) {
      headings.push({ level: 3, text: String(entry?.question ?? ""), what: "question" });
    }
  }
  // The room to write (notes:) comes last, under its own H2.
  const notes = Array.isArray(fm.notes) ? fm.notes.map(n => String(n ?? "").trim()) : [];
  if (notes.length > 0) {
    headings.push({ level: 2, text: words.notes, what: "notes" });
  }
  return { title, lang, french, frontSteps, steps, headings, notes };
}

function stepLabel(french, n, title) {
  return french ? `Étape\u00A0${n}\u00A0: ${title}` : `Step\u00A0${n}: ${title}`;
}

// ---------------------------------------------------------------- the PDF through pdf.js

/** The page's text content split by marked-content id: id -> text, and the set of ids. */
function markedContentText(items) {
  const ids = new Set();
  const text = new Map();
  const open = []; // ids of the marked-content sequences enclosing the current item
  for (const it of items) {
    if (it.type === "beginMarkedContentProps" || it.type === "beginMarkedContent") {
      const id = it.type === "beginMarkedContentProps" && it.id ? it.id : null;
      if (id) {
        ids.add(id);
        if (!text.has(id)) {
          text.set(id, "");
        }
      }
      open.push(id);
    } else if (it.type === "endMarkedContent") {
      open.pop();
    } else if (typeof it.str === "string") {
      let s = it.str;
      if (it.hasEOL && !/[-\u2010\u2011]$/.test(s)) {
        s += " ";
      }
      for (const id of open) {
        if (id) {
          text.set(id, text.get(id) + s);
        }
      }
    }
  }
  return { ids, text };
}

/** Every content reference of a structure subtree, in order. */
function contentIds(node, out = []) {
  for (const kid of node?.children ?? []) {
    if (kid.type === "content") {
      if (kid.id) {
        out.push(kid.id);
      }
    } else if (!kid.type) {
      contentIds(kid, out);
    }
  }
  return out;
}

/** The heading elements of a structure subtree, in order: {level, ids}. */
function headingNodes(node, out = []) {
  for (const kid of node?.children ?? []) {
    if (kid.type) {
      continue;
    }
    const m = /^H([1-6])$/.exec(kid.role ?? "");
    if (m) {
      out.push({ level: Number(m[1]), ids: contentIds(kid) });
    } else {
      headingNodes(kid, out);
    }
  }
  return out;
}

function compareHeadings(expected, actual) {
  const problems = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const where = `#${i + 1}`;
    if (!a) {
      problems.push(`${where}: missing, expected H${e.level} ${show(norm(e.text))} (${e.what})`);
    } else if (!e) {
      problems.push(`${where}: unexpected H${a.level} ${show(a.raw)} (page ${a.page})`);
    } else if (norm(e.text) !== norm(a.text) || e.level !== a.level) {
      const why = norm(e.text) !== norm(a.text) ? "text" : "level";
      problems.push(`${where} (${e.what}, page ${a.page}): ${why} differs: expected H${e.level} ${show(norm(e.text))}, `
        + `got H${a.level} ${show(a.raw)}`);
    }
  }
  return problems;
}

async function checkPdf(pdfFile, edition, guidesDir) {
  const name = path.basename(pdfFile);
  const slug = name.slice(0, -edition.suffix.length);
  const guideFile = path.join(guidesDir, `${slug}.md`);
  let guide;
  try {
    guide = readGuide(guideFile);
  } catch (e) {
    report(false, name, "guide", `cannot read the guide ${guideFile}: ${e.message}`);
    return;
  }
  if (guide.frontSteps !== undefined && guide.frontSteps !== guide.steps.length) {
    console.log(`NOTE ${name}: front matter says steps: ${guide.frontSteps}, the Markdown has ${guide.steps.length} step headings`);
  }

  let task;
  let doc;
  try {
    const data = new Uint8Array(fs.readFileSync(pdfFile));
    task = pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    doc = await task.promise;
  } catch (e) {
    report(false, name, "open", `pdf.js cannot open it: ${e.message}`);
    await task?.destroy();
    return;
  }
  try {
    // Per page: structure tree, text content, annotations.
    let refs = 0;
    let found = 0;
    const missing = [];
    const headings = [];
    const widgets = [];
    const textWidgets = [];
    let treeless = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const tree = await page.getStructTree();
      const tc = await page.getTextContent({ includeMarkedContent: true });
      const mc = markedContentText(tc.items);
      if (!tree) {
        treeless++;
      }
      for (const id of contentIds(tree)) {
        refs++;
        if (mc.ids.has(id)) {
          found++;
        } else {
          missing.push(`page ${p}: ${id}`);
        }
      }
      for (const h of headingNodes(tree)) {
        const raw = h.ids.map(id => mc.text.get(id) ?? "").join("").trim();
        headings.push({ level: h.level, text: norm(raw), raw, page: p,
          unresolved: h.ids.filter(id => !mc.ids.has(id)).length });
      }
      if (edition.forms) {
        for (const a of await page.getAnnotations()) {
          if (a.subtype === "Widget" && a.checkBox) {
            widgets.push({ page: p, name: a.fieldName, alt: a.alternativeText });
          } else if (a.subtype === "Widget" && a.fieldType === "Tx") {
            textWidgets.push({ page: p, name: a.fieldName, alt: a.alternativeText });
          }
        }
      }
      page.cleanup();
    }

    if (verbose) {
      for (const h of headings) {
        console.log(`     . page ${h.page} H${h.level} ${show(h.raw)}`);
      }
      for (const w of widgets) {
        console.log(`     . page ${w.page} checkbox ${show(w.name)} alternativeText ${show(w.alt)}`);
      }
      for (const w of textWidgets) {
        console.log(`     . page ${w.page} text field ${show(w.name)} alternativeText ${show(w.alt)}`);
      }
    }

    // 1. marked content
    const mcDetails = [...missing];
    if (treeless === doc.numPages) {
      mcDetails.unshift("no page has a structure tree (untagged PDF)");
    }
    report(refs > 0 && found === refs, name, "marked-content",
      `${found}/${refs} structure references found in the text content`
        + (missing.length ? ` (${missing.length} missing)` : ""), mcDetails);

    // 2. headings
    const expected = guide.headings;
    const problems = compareHeadings(expected, headings);
    const stepHeads = headings.filter(h => /^(Étape|Step|الخطوة|مرحله|Крок) \d+ ?:/u.test(h.text));
    const unresolved = headings.reduce((s, h) => s + h.unresolved, 0);
    const extra = [];
    if (unresolved > 0) {
      extra.push(`${unresolved} marked-content reference(s) of headings have no text content`);
    }
    if (guide.frontSteps !== undefined && stepHeads.length !== guide.frontSteps) {
      extra.push(`${stepHeads.length} step headings in the PDF, front matter says steps: ${guide.frontSteps}`);
    }
    report(problems.length === 0 && extra.length === 0, name, "headings",
      problems.length === 0 && extra.length === 0
        ? `${headings.length}/${expected.length} in order (title, sections, ${guide.steps.length} steps`
          + `${guide.headings.some(h => h.what === "faq") ? ", questions" : ""})`
        : `${headings.length} found, ${expected.length} expected, ${problems.length} differ`
          + `; first heading ${show(headings[0]?.raw ?? "(none)")}`,
      [...extra, ...problems]);

    // 3. checkbox fields and their names (accessible edition only)
    if (edition.forms) {
      const fields = (await doc.getFieldObjects()) ?? new Map();
      const want = guide.steps.map((s, i) => `etape-${i + 1}`);
      const wantNotes = guide.notes.map((n, i) => `note-${i + 1}`);
      const fieldProblems = [];
      for (const [fname, objs] of fields) {
        const types = [...new Set(objs.map(o => o.type).filter(Boolean))];
        const type = wantNotes.includes(fname) ? "text" : "checkbox";
        if (!want.includes(fname) && !wantNotes.includes(fname)) {
          fieldProblems.push(`unexpected field ${show(fname)} (${types.join(", ") || "no type"})`);
          continue;
        }
        if (types.length !== 1 || types[0] !== type) {
          fieldProblems.push(`${fname}: type ${types.join(", ") || "none"}, expected ${type}`);
        }
        const widgetCount = objs.filter(o => typeof o.page === "number" && o.page >= 0).length;
        if (widgetCount !== 1) {
          fieldProblems.push(`${fname}: ${widgetCount} widgets, expected 1`);
        }
      }
      for (const w of [...want, ...wantNotes]) {
        if (!fields.has(w)) {
          fieldProblems.push(`missing field ${w}`);
        }
      }
      report(fieldProblems.length === 0, name, "fields",
        `${fields.size} field(s), ${want.length} checkbox(es) etape-1..etape-${want.length}`
          + (wantNotes.length ? ` and ${wantNotes.length} text field(s) note-1..note-${wantNotes.length}` : "")
          + " expected", fieldProblems);

      const altProblems = [];
      const n = Math.max(widgets.length, guide.steps.length);
      for (let i = 0; i < n; i++) {
        const w = widgets[i];
        const s = guide.steps[i];
        if (!w) {
          altProblems.push(`step ${i + 1}: no checkbox widget, expected alternativeText ${show(norm(s.label))}`);
        } else if (!s) {
          altProblems.push(`checkbox #${i + 1} (${w.name}, page ${w.page}) has no step: ${show(w.alt)}`);
        } else {
          if (norm(w.alt) !== norm(s.label)) {
            altProblems.push(`checkbox #${i + 1} (${w.name}, page ${w.page}): alternativeText ${show(w.alt ?? "(none)")}, `
              + `expected ${show(norm(s.label))}`);
          }
          if (w.name !== `etape-${i + 1}`) {
            altProblems.push(`checkbox #${i + 1} on page ${w.page} is ${show(w.name)}, expected etape-${i + 1} in step order`);
          }
        }
      }
      report(altProblems.length === 0, name, "checkbox-names",
        `${widgets.length} checkbox widget(s) in page order, ${guide.steps.length} steps`, altProblems);

      const noteProblems = [];
      for (let i = 0; i < Math.max(textWidgets.length, guide.notes.length); i++) {
        const w = textWidgets[i];
        const label = guide.notes[i];
        if (!w) {
          noteProblems.push(`note ${i + 1}: no text field widget, expected alternativeText ${show(norm(label))}`);
        } else if (label === undefined) {
          noteProblems.push(`text field #${i + 1} (${w.name}, page ${w.page}) has no label in notes: ${show(w.alt)}`);
        } else {
          if (norm(w.alt) !== norm(label)) {
            noteProblems.push(`text field #${i + 1} (${w.name}, page ${w.page}): alternativeText `
              + `${show(w.alt ?? "(none)")}, expected ${show(norm(label))}`);
          }
          if (w.name !== `note-${i + 1}`) {
            noteProblems.push(`text field #${i + 1} on page ${w.page} is ${show(w.name)}, expected note-${i + 1}`);
          }
        }
      }
      if (guide.notes.length > 0 || textWidgets.length > 0) {
        report(noteProblems.length === 0, name, "note-names",
          `${textWidgets.length} text field widget(s) in page order, ${guide.notes.length} label(s) in notes:`,
          noteProblems);
      }
    }

    // 4. title and language
    const md = await doc.getMetadata();
    const infoTitle = md.info?.Title;
    const dcTitle = md.metadata?.get("dc:title") ?? null;
    const titleProblems = [];
    if (norm(infoTitle) !== norm(guide.title)) {
      titleProblems.push(`info Title ${show(infoTitle ?? "(none)")}, expected ${show(guide.title)}`);
    }
    if (norm(dcTitle) !== norm(guide.title)) {
      titleProblems.push(`XMP dc:title ${show(dcTitle ?? "(none)")}, expected ${show(guide.title)}`);
    }
    report(titleProblems.length === 0, name, "title", `info Title ${show(infoTitle ?? "(none)")}, `
      + `dc:title ${show(dcTitle ?? "(none)")}`, titleProblems);

    const lang = md.info?.Language ?? null;
    report(lang !== null && lang.toLowerCase() === guide.lang.toLowerCase(), name, "lang",
      `catalog /Lang (info.Language) ${show(lang ?? "(none)")}, guide lang ${show(guide.lang)}`);
  } catch (e) {
    report(false, name, "read", `pdf.js failed while reading it: ${e.stack ?? e}`);
  } finally {
    await task.destroy();
  }
}

// ---------------------------------------------------------------- main

async function main(argv) {
  let guidesDir = path.join(PROJECT, "guides");
  const targets = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--verbose" || argv[i] === "-v") {
      verbose = true;
    } else if (argv[i] === "--guides") {
      guidesDir = path.resolve(argv[++i] ?? "");
    } else if (argv[i] === "-h" || argv[i] === "--help") {
      console.log("usage: node pdfjs-check.mjs [--verbose] [--guides DIR] [FOLDER_OR_PDF...]   (default folder: out)");
      return 0;
    } else {
      targets.push(argv[i]);
    }
  }
  if (targets.length === 0) {
    targets.push("out");
  }
  const pdfs = [];
  for (const t of targets) {
    const st = fs.statSync(t, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      for (const f of fs.readdirSync(t).sort()) {
        const ed = EDITIONS.find(e => f.endsWith(e.suffix));
        if (ed) {
          pdfs.push({ file: path.join(t, f), edition: ed });
        }
      }
    } else if (st?.isFile()) {
      const ed = EDITIONS.find(e => t.endsWith(e.suffix));
      if (ed) {
        pdfs.push({ file: t, edition: ed });
      } else {
        report(false, path.basename(t), "edition", "name ends neither in -accessible.pdf nor in -grands-caracteres.pdf");
      }
    } else {
      report(false, t, "input", "no such file or folder");
    }
  }
  console.log(`pdf.js ${pdfjs.version} on Node ${process.versions.node}, guides from ${guidesDir}`);
  if (pdfs.length === 0 && failed === 0) {
    report(false, targets.join(" "), "input", "no *-accessible.pdf or *-grands-caracteres.pdf found");
  }
  for (const { file, edition } of pdfs) {
    await checkPdf(file, edition, guidesDir);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  report(false, "pdfjs-check", "run", `stopped: ${e.stack ?? e}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = 1;
}
