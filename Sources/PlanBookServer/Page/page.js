// planbook serve: the page. Lists the plans in the folder, edits one with
// CodeMirror, checks and lints it as the worker types, and shows the booklet
// beside it. Talks only to the server it came from (docs/serve.md).
/* global CodeMirror */
(function () {
  "use strict";

  const token = document.querySelector('meta[name="planbook-token"]').content;
  const $ = (id) => document.getElementById(id);
  const state = {
    session: null,
    name: null,
    savedText: "",
    review: null,
    previewId: null,
    checkNumber: 0,
    previewNumber: 0,
    language: "en-GB",
    words: null,
    lastCount: "",
  };

  // ---- The page's own words -------------------------------------------------
  // Buttons, headings and messages come from Layouts/fixed-words/page/LANGUAGE.json
  // (through /api/labels), in the plan's language where there are words for
  // it and in English otherwise. An element with data-label="KEY" (and
  // data-label-vars) is filled again whenever the language changes.

  const labels = { asked: "en-GB", language: "en-GB", direction: "ltr", words: {} };

  function template(key, vars) {
    let entry = labels.words[key];
    if (entry === undefined) return key;
    if (typeof entry === "object") {
      let category = "other";
      try { category = new Intl.PluralRules(labels.language).select(vars.count); } catch (e) { /* other */ }
      entry = entry[category] || entry.other;
    }
    return entry;
  }

  // A label as plain text (for attributes, the window's title and the live region).
  function t(key, vars) {
    return template(key, vars).replace(/\{(\w+)\}/g, (whole, name) => (vars && name in vars ? String(vars[name]) : whole)).replace(/[*`]/g, "");
  }

  // A label into an element: `Ctrl` is a key, *words* are bold, and what is
  // put in (a name, a line, the plan's words) is isolated so that it runs in
  // its own direction.
  function fill(element) {
    const vars = element.dataset.labelVars ? JSON.parse(element.dataset.labelVars) : {};
    const nodes = [];
    for (const part of template(element.dataset.label, vars).split(/(\{\w+\}|`[^`]*`|\*[^*]*\*)/)) {
      if (!part) continue;
      const name = part.match(/^\{(\w+)\}$/);
      if (name && name[1] in vars) {
        const inserted = document.createElement("bdi");
        inserted.textContent = String(vars[name[1]]);
        nodes.push(inserted);
      } else if (/^`.*`$/.test(part) || /^\*.*\*$/.test(part)) {
        const mark = document.createElement(part[0] === "`" ? "kbd" : "strong");
        mark.textContent = part.slice(1, -1);
        nodes.push(mark);
      } else {
        nodes.push(document.createTextNode(part));
      }
    }
    element.replaceChildren(...nodes);
  }

  // Puts a label in an element and keeps it there when the language changes.
  function say(element, key, vars) {
    element.dataset.label = key;
    if (vars) element.dataset.labelVars = JSON.stringify(vars);
    else delete element.dataset.labelVars;
    fill(element);
  }

  // Words from the server (its refusals are in English) in place of a label.
  function sayPlain(element, text) {
    delete element.dataset.label;
    delete element.dataset.labelVars;
    element.textContent = text;
  }

  // A number with one decimal, written the language's way (0,5 in Polish).
  function decimal(value) {
    return new Intl.NumberFormat(labels.language, { numberingSystem: "latn", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  }

  function joinWords(parts) {
    try { return new Intl.ListFormat(labels.language, { type: "conjunction" }).format(parts); } catch (e) { return parts.join(", "); }
  }

  function applyLabels() {
    document.documentElement.lang = labels.language;
    document.documentElement.dir = labels.direction;
    for (const element of document.querySelectorAll("[data-label]")) fill(element);
    for (const element of document.querySelectorAll("[data-label-title]")) element.title = t(element.dataset.labelTitle);
    for (const element of document.querySelectorAll("[data-label-aria]")) element.setAttribute("aria-label", t(element.dataset.labelAria, element.dataset.labelVars ? JSON.parse(element.dataset.labelVars) : {}));
    for (const option of $("layout").options) if (option.value) option.textContent = layoutTitle(option.value);
    document.title = state.name === null ? t("pageTitle") : t("titleWithPlan", { name: state.name });
    const planText = t("planText");
    if (window.CodeMirror) {
      editor.setOption("screenReaderLabel", planText);
      editor.getInputField().setAttribute("aria-label", planText);
    }
    state.lastCount = "";
    delete $("line-problems").dataset.shown;
  }

  // The labels for a plan's language; nothing is fetched when they are already in use.
  async function useLanguage(language) {
    if (language === labels.asked) return;
    const answer = await apiJSON("GET", "/api/labels?language=" + encodeURIComponent(language));
    if (!answer.ok) return;
    labels.asked = language;
    labels.language = answer.data.language;
    labels.direction = answer.data.direction;
    labels.words = answer.data.labels;
    applyLabels();
  }

  // ---- Talking to the server ----------------------------------------------

  async function api(method, path, body, type) {
    const headers = { "X-Planbook-Token": token };
    if (body !== undefined) headers["Content-Type"] = type || "text/plain; charset=utf-8";
    return fetch(path, { method, headers, body, credentials: "same-origin", cache: "no-store" });
  }

  async function apiJSON(method, path, body, type) {
    const response = await api(method, path, body, type);
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { ok: response.ok, status: response.status, data };
  }

  const query = (name) => "name=" + encodeURIComponent(name || "untitled.plan");

  // ---- The editor -------------------------------------------------------------

  const textarea = $("editor");
  let editor;
  if (window.CodeMirror) {
    editor = CodeMirror.fromTextArea(textarea, {
      mode: "planbook",
      lineNumbers: true,
      lineWrapping: true,
      styleActiveLine: true,
      indentUnit: 2,
      tabSize: 4,
      gutters: ["CodeMirror-lint-markers"],
      screenReaderLabel: document.querySelector('label[for="editor"]').textContent,
      direction: "ltr",
      lint: { getAnnotations: lintPlan, async: true, delay: 300 },
      extraKeys: {
        "Ctrl-Space": (cm) => cm.showHint({ hint: planHints, completeSingle: false }),
        "Ctrl-S": () => save(),
        "Cmd-S": () => save(),
        Tab: false,
        "Shift-Tab": false,
      },
    });
    editor.on("inputRead", (cm) => {
      const cursor = cm.getCursor();
      const before = cm.getLine(cursor.line).slice(0, cursor.ch);
      if (/^\s*##\s$/.test(before) || /\[picture:\s?$/.test(before) || /^\s+picture:\s$/.test(before)) {
        cm.showHint({ hint: planHints, completeSingle: false });
      }
    });
  } else {
    // Without the editor component the page still works, as a plain text box.
    const listeners = [];
    textarea.addEventListener("input", () => { listeners.forEach((f) => f()); runCheckSoon(); });
    editor = {
      getValue: () => textarea.value,
      setValue: (value) => { textarea.value = value; runCheckSoon(); },
      on: (event, f) => { if (event === "change") listeners.push(f); },
      focus: () => textarea.focus(),
      setCursor: () => textarea.focus(),
      setOption: () => {},
      getWrapperElement: () => textarea,
      getLine: (n) => textarea.value.split("\n")[n] || "",
      replaceRange: () => {},
      scrollIntoView: () => {},
      refresh: () => {},
    };
  }
  if (window.CodeMirror) {
    CodeMirror.registerHelper("hint", "planbook", planHints);
    editor.getInputField().setAttribute("aria-describedby", "editor-help line-problems");
  }
  const Pos = window.CodeMirror ? CodeMirror.Pos : (line, ch) => ({ line, ch });

  let checkTimer = null;
  function runCheckSoon() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => check(editor.getValue()), 300);
  }

  editor.on("change", () => {
    updateSaveState();
    saveDraftSoon();
  });

  // Plan columns count characters; CodeMirror counts UTF-16 code units.
  function toCh(lineText, column) {
    let ch = 0;
    let index = 1;
    for (const character of lineText) {
      if (index >= column) break;
      ch += character.length;
      index += 1;
    }
    return ch;
  }

  function position(line, column) {
    const lineIndex = Math.max(0, line - 1);
    return Pos(lineIndex, toCh(editor.getLine(lineIndex) || "", column));
  }

  // ---- Checking and linting -------------------------------------------------

  // One entry of the JSON diagnostics (check's or lint's) as the page lists it.
  function problem(entry, kind, help, fixes) {
    return {
      kind,
      line: entry.line, column: entry.column, endLine: entry.end_line, endColumn: entry.end_column,
      message: entry.message, help, fixes, code: entry.code,
    };
  }

  function problemsOf(review) {
    const problems = [];
    const checked = review && review.check && review.check.files[0];
    if (checked) {
      for (const d of checked.diagnostics) {
        problems.push(problem(d, d.severity === "error" ? "error" : "warning", d.help, d.fixes || []));
      }
    }
    const linted = review && review.lint && review.lint.files[0];
    if (linted) {
      for (const f of linted.findings) {
        problems.push(problem(f, f.severity === "note" ? "note" : "words", f.suggestion, []));
      }
    }
    const rank = { error: 0, warning: 1, words: 2, note: 3 };
    problems.sort((a, b) => a.line - b.line || a.column - b.column || rank[a.kind] - rank[b.kind]);
    return problems;
  }

  async function check(text) {
    if (state.name === null) return null;
    const number = ++state.checkNumber;
    const answer = await apiJSON("POST", "/api/check?" + query(state.name), text);
    if (number !== state.checkNumber) return null;
    if (!answer.ok) {
      if (answer.data && answer.data.error) sayPlain($("problem-count"), answer.data.error);
      else say($("problem-count"), "couldNotCheck");
      return null;
    }
    await followLanguage(answer.data.plan);
    if (number !== state.checkNumber) return null;
    state.review = answer.data;
    state.problems = problemsOf(answer.data);
    showProblems(state.problems);
    showLineProblems();
    showScore(answer.data.score);
    const errors = answer.data.check.files[0].errors;
    if (errors === 0) {
      preview(text);
    } else {
      $("pages").classList.add("stale");
      say($("preview-state"), "previewWaits", { count: errors });
    }
    return answer.data;
  }

  function lintPlan(text, update) {
    check(text).then((review) => {
      if (!review) return;
      update(problemsOf(review).map((p) => ({
        from: position(p.line, p.column),
        to: position(p.endLine, p.endColumn === p.column && p.endLine === p.line ? p.column + 1 : p.endColumn),
        severity: p.kind === "words" || p.kind === "note" ? "info" : p.kind,
        message: p.message + (p.help ? "\n" + t(p.kind === "words" ? "tryThis" : "whatToDo", { help: p.help }) : ""),
      })));
    });
  }

  // One problem as the list and the bar under the editor show it: where, how
  // serious, the message, what to do, and a button that fixes it when planbook knows how.
  function problemElement(p, tag, withLine) {
    const item = document.createElement(tag);
    item.className = "problem problem-" + p.kind;
    if (withLine) {
      const go = document.createElement("button");
      go.type = "button";
      go.className = "problem-line";
      say(go, "line", { line: p.line });
      go.dataset.labelAria = "goToLine";
      go.setAttribute("aria-label", t("goToLine", { line: p.line }));
      go.addEventListener("click", () => goToLine(p.line, p.column));
      item.append(go);
    }
    const label = document.createElement("span");
    label.className = "problem-kind";
    say(label, { error: "kindError", warning: "kindWarning", words: "kindWords", note: "kindNote" }[p.kind]);
    // planbook's messages are in English: each finds its own direction.
    const message = document.createElement("p");
    message.className = "problem-message";
    message.dir = "auto";
    message.textContent = p.message;
    item.append(label, message);
    if (p.help) {
      const help = document.createElement("p");
      help.className = "problem-help";
      say(help, p.kind === "words" ? "tryThis" : "whatToDo", { help: p.help });
      item.append(help);
    }
    if (p.fixes.length > 0 && window.CodeMirror) {
      const fix = document.createElement("button");
      fix.type = "button";
      fix.className = "problem-fix";
      say(fix, "changeTo", { replacement: p.fixes[0].replacement });
      fix.addEventListener("click", () => applyFixes(p.fixes));
      item.append(fix);
    }
    return item;
  }

  function showProblems(problems) {
    const list = $("problem-list");
    list.textContent = "";
    const counts = { error: 0, warning: 0, words: 0, note: 0 };
    for (const p of problems) {
      counts[p.kind] += 1;
      list.append(problemElement(p, "li", true));
    }
    const parts = [];
    if (counts.error) parts.push(t("countErrors", { count: counts.error }));
    if (counts.warning) parts.push(t("countWarnings", { count: counts.warning }));
    if (counts.words) parts.push(t("countWords", { count: counts.words }));
    if (counts.note) parts.push(t("countNotes", { count: counts.note }));
    const summary = parts.length === 0 ? t("countNone") : t("countSummary", { list: joinWords(parts) });
    // The live region speaks only when the count (or its language) changes.
    if (summary !== state.lastCount) {
      sayPlain($("problem-count"), summary);
      state.lastCount = summary;
    }
  }

  // What is wrong on the line the cursor is on, under the editor, so that the
  // message is there without a mouse or a look down the list.
  function showLineProblems() {
    // A live region: a screen reader hears what is wrong when the cursor
    // comes to a line with a problem, and not again while it stays the same.
    const box = $("line-problems");
    const line = state.problems && editor.getCursor ? editor.getCursor().line + 1 : 0;
    const here = line ? state.problems.filter((p) => p.line <= line && line <= p.endLine) : [];
    const key = labels.language + "\n" + here.map((p) => [p.kind, p.line, p.column, p.message, p.help].join(" ")).join("\n");
    if (key === box.dataset.shown) return;
    box.dataset.shown = key;
    box.replaceChildren(...here.map((p) => problemElement(p, "div", false)));
  }
  if (editor.getCursor) editor.on("cursorActivity", showLineProblems);

  function applyFixes(fixes) {
    // From the end, so that earlier positions stay right.
    const sorted = fixes.slice().sort((a, b) => b.line - a.line || b.column - a.column);
    for (const f of sorted) editor.replaceRange(f.replacement, position(f.line, f.column), position(f.end_line, f.end_column));
    editor.focus();
  }

  function goToLine(line, column) {
    const where = position(line, column || 1);
    editor.setCursor(where);
    editor.scrollIntoView(where, 80);
    editor.focus();
  }

  function showScore(score) {
    const box = $("score");
    if (!score) { box.hidden = true; return; }
    box.hidden = false;
    say($("score-value"), "scoreValue", { score: decimal(score.value) });
    say($("score-words"), score.plain ? "scorePlain" : "scoreNotPlain");
    box.classList.toggle("not-plain", !score.plain);
    const reasons = $("score-reasons");
    reasons.textContent = "";
    const names = { readability: "partReadability", words: "partWords", tone: "partTone", sentences: "partSentences" };
    for (const part of score.parts) {
      const item = document.createElement("li");
      item.textContent = t("scorePart", {
        part: names[part.name] ? t(names[part.name]) : part.name,
        points: decimal(part.points), maximum: String(part.maximum), reason: part.reason,
      });
      reasons.append(item);
    }
  }

  async function followLanguage(plan) {
    if (!plan) return;
    const wrapper = editor.getWrapperElement();
    wrapper.setAttribute("lang", plan.language);
    $("pages").setAttribute("lang", plan.language);
    // The plan's own marks (##, -, [picture: …]) are English and run left to
    // right; Arabic or Urdu words still run right to left inside each line.
    wrapper.setAttribute("data-direction", plan.direction);
    wrapper.setAttribute("dir", "ltr");
    if (plan.language !== state.language || !state.words) {
      const answer = await apiJSON("GET", "/api/words?language=" + encodeURIComponent(plan.language));
      state.words = answer.ok ? answer.data : null;
      state.language = plan.language;
    }
    await useLanguage(plan.language);
  }

  // ---- Completion ---------------------------------------------------------------

  function planHints(cm) {
    const session = state.session;
    if (!session) return null;
    const cursor = cm.getCursor();
    const line = cm.getLine(cursor.line);
    const before = line.slice(0, cursor.ch);
    let match;
    let names = null;
    let start = 0;
    let suffix = "";
    if ((match = before.match(/^(\s*##\s+)([^#]*)$/))) {
      start = match[1].length;
      names = session.sections.map((name) => ({ text: name, displayText: sectionLabel(name) }));
    } else if ((match = before.match(/(\[picture:\s*)([^\]]*)$/))) {
      start = match.index + match[1].length;
      suffix = line.slice(cursor.ch).startsWith("]") ? "" : "]";
      names = session.pictures.map((name) => ({ text: name + suffix, displayText: name }));
    } else if ((match = before.match(/^(\s+picture:\s*)(\S*)$/))) {
      start = match[1].length;
      names = session.pictures.map((name) => ({ text: name, displayText: name }));
    } else if ((match = before.match(/^(\s+)([a-z]*)$/))) {
      start = match[1].length;
      names = session.attributes.map((name) => ({ text: name + ": ", displayText: name + ":" }));
    } else if ((match = before.match(/^()([a-z ]*)$/)) && !hasSectionAbove(cm, cursor.line)) {
      names = session.details.map((name) => ({ text: name + ": ", displayText: name + ":" }));
    }
    if (!names) return null;
    const typed = before.slice(start).toLowerCase();
    const list = names.filter((n) => n.displayText.toLowerCase().includes(typed.trim()));
    if (list.length === 0) return null;
    return { list, from: Pos(cursor.line, start), to: Pos(cursor.line, cursor.ch) };
  }

  function sectionLabel(name) {
    const words = state.words;
    const kind = state.session.sectionKinds[name];
    if (!words || !kind || !words.sections || !words.sections[kind] || state.language.startsWith("en")) return name;
    return t("inTheBooklet", { name, heading: words.sections[kind].replace("{child}", "…") });
  }

  function hasSectionAbove(cm, lineNumber) {
    for (let n = 0; n < lineNumber; n += 1) if (/^\s*##\s/.test(cm.getLine(n))) return true;
    return false;
  }

  // ---- The booklet preview --------------------------------------------------------

  async function preview(text) {
    const number = ++state.previewNumber;
    const layout = $("layout").value;
    const path = "/api/preview?" + query(state.name) + (layout ? "&layout=" + encodeURIComponent(layout) : "");
    // The state is a live region: "drawing" is said only while there is no booklet yet.
    if (!$("pages").childElementCount) say($("preview-state"), "drawing");
    const answer = await apiJSON("POST", path, text);
    if (number !== state.previewNumber) return;
    if (!answer.ok) {
      $("pages").classList.add("stale");
      if (answer.data && answer.data.error) sayPlain($("preview-state"), answer.data.error);
      else say($("preview-state"), "couldNotDraw");
      return;
    }
    const data = answer.data;
    const pages = document.createElement("div");
    const loads = [];
    data.pages.forEach((page, index) => {
      const figure = document.createElement("figure");
      figure.className = page.width > page.height ? "page landscape" : "page";
      const frame = document.createElement("div");
      frame.className = "page-frame";
      frame.style.aspectRatio = page.width + " / " + page.height;
      const image = document.createElement("img");
      image.src = "/api/preview/" + data.id + "/" + (index + 1) + ".png";
      image.alt = t("pageAlt", { page: index + 1, pages: data.pages.length });
      loads.push(image.decode().catch(() => null));
      // By keyboard (and for a screen reader) a page is one button that goes
      // to the first line it shows; with a mouse each part of it is its own.
      const first = Math.min(...page.boxes.map((box) => box.line));
      if (Number.isFinite(first)) {
        const go = document.createElement("button");
        go.type = "button";
        go.className = "page-go";
        go.dataset.line = first;
        go.setAttribute("aria-label", image.alt + ": " + t("goToLine", { line: first }));
        go.addEventListener("click", () => goToLine(first, 1));
        go.append(image);
        frame.append(go);
      } else {
        frame.append(image);
      }
      for (const box of page.boxes) {
        const spot = document.createElement("button");
        spot.type = "button";
        spot.className = "box box-" + box.role;
        spot.tabIndex = -1;
        spot.setAttribute("aria-hidden", "true");
        spot.title = t("goToLine", { line: box.line });
        spot.dataset.line = box.line;
        spot.style.left = (100 * box.x / page.width) + "%";
        spot.style.top = (100 * box.y / page.height) + "%";
        spot.style.width = (100 * box.width / page.width) + "%";
        spot.style.height = (100 * box.height / page.height) + "%";
        spot.addEventListener("click", () => goToLine(box.line, 1));
        frame.append(spot);
      }
      const caption = document.createElement("figcaption");
      say(caption, "pageCaption", { page: index + 1 });
      figure.append(frame, caption);
      pages.append(figure);
    });
    await Promise.all(loads);
    if (number !== state.previewNumber) return;
    const target = $("pages");
    target.replaceChildren(...pages.childNodes);
    target.classList.remove("stale");
    target.dataset.previewId = data.id;
    target.dataset.layout = data.layout;
    state.previewId = data.id;
    const ready = JSON.stringify({ count: data.pages.length, layout: layoutTitle(data.layout) });
    if ($("preview-state").dataset.label !== "previewReady" || $("preview-state").dataset.labelVars !== ready) {
      say($("preview-state"), "previewReady", JSON.parse(ready));
    }
    $("download").disabled = false;
    $("print").disabled = false;
  }

  // A layout's name in words: the shipped ones have labels; a team's own is shown by its name.
  function layoutTitle(name) {
    return labels.words["layout." + name] !== undefined ? t("layout." + name) : name.replace(/-/g, " ");
  }

  $("layout").addEventListener("change", () => {
    if (state.name !== null && state.review && state.review.check.files[0].errors === 0) preview(editor.getValue());
  });

  async function pdfBlob() {
    const layout = $("layout").value;
    const response = await api("POST", "/api/pdf?" + query(state.name) + (layout ? "&layout=" + encodeURIComponent(layout) : ""), editor.getValue());
    if (!response.ok) {
      say($("preview-state"), "fixFirst");
      return null;
    }
    return response.blob();
  }

  $("download").addEventListener("click", async () => {
    const blob = await pdfBlob();
    if (!blob) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = state.name.split("/").pop().replace(/\.plan$/, "") + ".pdf";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    say($("preview-state"), "downloaded", { file: link.download });
  });

  $("print").addEventListener("click", async () => {
    const blob = await pdfBlob();
    if (!blob) return;
    const frame = $("print-frame");
    frame.onload = () => {
      try { frame.contentWindow.focus(); frame.contentWindow.print(); } catch (e) { window.open(frame.src); }
    };
    frame.src = URL.createObjectURL(blob);
  });

  // ---- Plans: list, open, new, save, rename, drafts ---------------------------

  async function loadPlans() {
    const answer = await apiJSON("GET", "/api/plans");
    const list = $("plan-list");
    list.textContent = "";
    const plans = answer.ok ? answer.data.plans : [];
    $("no-plans").hidden = plans.length > 0;
    for (const plan of plans) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "plan-button";
      button.textContent = plan.name;
      if (plan.name === state.name) button.setAttribute("aria-current", "true");
      button.addEventListener("click", () => openPlan(plan.name));
      item.append(button);
      list.append(item);
    }
  }

  const isDirty = () => state.name !== null && editor.getValue() !== state.savedText;

  function updateSaveState() {
    const dirty = isDirty();
    $("save").disabled = state.name === null || !dirty;
    say($("save-state"), state.name === null ? "nothingOpen" : dirty ? "changesNotSaved" : "allSaved");
    $("save-state").classList.toggle("dirty", dirty);
  }

  async function openPlan(name) {
    if (isDirty()) await saveDraft();
    const answer = await api("GET", "/api/plan?" + query(name));
    if (!answer.ok) {
      let message = null;
      try { message = (await answer.json()).error; } catch (e) { /* the page's own words */ }
      if (message) sayPlain($("save-state"), message);
      else say($("save-state"), "couldNotOpen");
      return;
    }
    const text = await answer.text();
    state.name = name;
    state.savedText = text;
    state.lastCount = "";
    state.problems = null;
    // Another plan's booklet must never stand beside this one.
    state.previewNumber += 1;
    $("pages").replaceChildren();
    delete $("pages").dataset.previewId;
    say($("preview-state"), "drawing");
    $("download").disabled = true;
    $("print").disabled = true;
    sayPlain($("plan-title"), name);
    $("rename").disabled = false;
    document.title = t("titleWithPlan", { name });
    editor.setValue(text);
    if (editor.clearHistory) editor.clearHistory();
    updateSaveState();
    await loadPlans();
    await offerDraft(name, text);
    editor.focus();
    runCheckSoon();
  }

  async function save() {
    if (state.name === null) return;
    const text = editor.getValue();
    const answer = await apiJSON("PUT", "/api/plan?" + query(state.name), text);
    if (answer.ok) {
      state.savedText = text;
      updateSaveState();
      say($("save-state"), "saved");
    } else if (answer.data && answer.data.error) {
      sayPlain($("save-state"), answer.data.error);
    } else {
      say($("save-state"), "couldNotSave");
    }
  }
  $("save").addEventListener("click", save);

  let draftTimer = null;
  function saveDraftSoon() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraft, 1500);
  }

  async function saveDraft() {
    clearTimeout(draftTimer);
    if (!isDirty()) return;
    await api("PUT", "/api/draft?" + query(state.name), editor.getValue());
  }

  async function offerDraft(name, text) {
    const answer = await api("GET", "/api/draft?" + query(name));
    $("draft-banner").hidden = true;
    if (!answer.ok) return;
    const draft = await answer.text();
    if (draft === text) return;
    say($("draft-text"), "draftFound", { name });
    $("draft-banner").hidden = false;
    $("draft-restore").onclick = () => {
      editor.setValue(draft);
      $("draft-banner").hidden = true;
      editor.focus();
    };
    $("draft-discard").onclick = async () => {
      await api("DELETE", "/api/draft?" + query(name));
      $("draft-banner").hidden = true;
      editor.focus();
    };
  }

  window.addEventListener("beforeunload", (event) => {
    if (!isDirty()) return;
    saveDraft();
    event.preventDefault();
    event.returnValue = "";
  });

  // New plan
  const newDialog = $("new-dialog");
  $("new-plan").addEventListener("click", () => {
    sayPlain($("new-error"), "");
    $("new-child").value = "";
    $("new-name").value = "";
    newDialog.showModal();
    $("new-child").focus();
  });
  $("new-child").addEventListener("input", () => {
    const child = $("new-child").value.trim().replace(/[^\p{L}\p{N} _-]/gu, "");
    $("new-name").value = child ? child.toLowerCase().replace(/\s+/g, "-") + ".plan" : "";
  });
  $("new-cancel").addEventListener("click", () => newDialog.close());
  $("new-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    let name = $("new-name").value.trim();
    if (name && !name.endsWith(".plan")) name += ".plan";
    const answer = await apiJSON("POST", "/api/plans", JSON.stringify({ name, child: $("new-child").value.trim() }), "application/json");
    if (!answer.ok) {
      if (answer.data && answer.data.error) sayPlain($("new-error"), answer.data.error);
      else say($("new-error"), "couldNotMake");
      return;
    }
    newDialog.close();
    await openPlan(answer.data.name);
  });

  // Rename
  const renameDialog = $("rename-dialog");
  $("rename").addEventListener("click", () => {
    sayPlain($("rename-error"), "");
    $("rename-name").value = state.name;
    renameDialog.showModal();
    $("rename-name").focus();
  });
  $("rename-cancel").addEventListener("click", () => renameDialog.close());
  $("rename-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    let to = $("rename-name").value.trim();
    if (to && !to.endsWith(".plan")) to += ".plan";
    if (isDirty()) await save();
    const answer = await apiJSON("POST", "/api/rename?" + query(state.name) + "&to=" + encodeURIComponent(to));
    if (!answer.ok) {
      if (answer.data && answer.data.error) sayPlain($("rename-error"), answer.data.error);
      else say($("rename-error"), "couldNotRename");
      return;
    }
    renameDialog.close();
    state.name = answer.data.name;
    sayPlain($("plan-title"), state.name);
    document.title = t("titleWithPlan", { name: state.name });
    await loadPlans();
  });

  // ---- Start --------------------------------------------------------------------

  async function start() {
    const answer = await apiJSON("GET", "/api/session");
    if (!answer.ok) return;
    state.session = answer.data;
    labels.words = answer.data.labels.labels;
    say($("plans-heading"), "plansHeading", { folder: answer.data.folder });
    const select = $("layout");
    for (const layout of answer.data.layouts) {
      const option = document.createElement("option");
      option.value = layout;
      option.textContent = layoutTitle(layout);
      select.append(option);
    }
    await loadPlans();
    updateSaveState();
  }
  start();
})();
