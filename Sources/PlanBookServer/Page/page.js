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
      screenReaderLabel: "Plan text",
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
  if (window.CodeMirror) CodeMirror.registerHelper("hint", "planbook", planHints);
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

  function problemsOf(review) {
    const problems = [];
    const checked = review && review.check && review.check.files[0];
    if (checked) {
      for (const d of checked.diagnostics) {
        problems.push({
          kind: d.severity === "error" ? "error" : "warning",
          line: d.line, column: d.column, endLine: d.end_line, endColumn: d.end_column,
          message: d.message, help: d.help, fixes: d.fixes || [], code: d.code,
        });
      }
    }
    const linted = review && review.lint && review.lint.files[0];
    if (linted) {
      for (const f of linted.findings) {
        problems.push({
          kind: f.severity === "note" ? "note" : "words",
          line: f.line, column: f.column, endLine: f.end_line, endColumn: f.end_column,
          message: f.message, help: f.suggestion, fixes: [], code: f.code,
        });
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
      $("problem-count").textContent = (answer.data && answer.data.error) || "The plan could not be checked.";
      return null;
    }
    state.review = answer.data;
    state.problems = problemsOf(answer.data);
    showProblems(state.problems);
    showLineProblems();
    showScore(answer.data.score);
    followLanguage(answer.data.plan);
    const errors = answer.data.check.files[0].errors;
    if (errors === 0) {
      preview(text);
    } else {
      $("pages").classList.add("stale");
      $("preview-state").textContent = "The booklet will show your changes when the " + plural(errors, "mistake", "mistakes") + " in the plan " + (errors === 1 ? "is" : "are") + " fixed.";
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
        message: p.message + (p.help ? "\n" + (p.kind === "words" ? "Try this: " : "What to do: ") + p.help : ""),
      })));
    });
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
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
      go.textContent = "Line " + p.line;
      go.setAttribute("aria-label", "Go to line " + p.line);
      go.addEventListener("click", () => goToLine(p.line, p.column));
      item.append(go);
    }
    const label = document.createElement("span");
    label.className = "problem-kind";
    label.textContent = { error: "Must fix", warning: "Check", words: "Plainer words", note: "Note" }[p.kind];
    const message = document.createElement("p");
    message.className = "problem-message";
    message.textContent = p.message;
    item.append(label, message);
    if (p.help) {
      const help = document.createElement("p");
      help.className = "problem-help";
      help.textContent = (p.kind === "words" ? "Try this: " : "What to do: ") + p.help;
      item.append(help);
    }
    if (p.fixes.length > 0 && window.CodeMirror) {
      const fix = document.createElement("button");
      fix.type = "button";
      fix.className = "problem-fix";
      fix.textContent = "Change it to “" + p.fixes[0].replacement + "”";
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
    if (counts.error) parts.push(plural(counts.error, "mistake to fix", "mistakes to fix"));
    if (counts.warning) parts.push(plural(counts.warning, "thing to check", "things to check"));
    if (counts.words) parts.push(plural(counts.words, "place to use plainer words", "places to use plainer words"));
    if (counts.note) parts.push(plural(counts.note, "note", "notes"));
    const summary = parts.length === 0 ? "Nothing to change: no mistakes and no hard words." : "This plan has " + joinWords(parts) + ".";
    if (summary !== state.lastCount) {
      $("problem-count").textContent = summary;
      state.lastCount = summary;
    }
  }

  // What is wrong on the line the cursor is on, under the editor, so that the
  // message is there without a mouse or a look down the list.
  function showLineProblems() {
    const box = $("line-problems");
    if (!state.problems || !editor.getCursor) { box.hidden = true; return; }
    const line = editor.getCursor().line + 1;
    const here = state.problems.filter((p) => p.line <= line && line <= p.endLine);
    box.textContent = "";
    box.hidden = here.length === 0;
    for (const p of here) box.append(problemElement(p, "div", false));
  }
  if (editor.getCursor) editor.on("cursorActivity", showLineProblems);

  function joinWords(parts) {
    if (parts.length < 2) return parts.join("");
    return parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
  }

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
    $("score-value").textContent = score.value.toFixed(1) + " out of 10";
    $("score-words").textContent = score.plain ? "Plain words: a child or parent can follow this." : "Not plain yet: see the words marked below.";
    box.classList.toggle("not-plain", !score.plain);
    const reasons = $("score-reasons");
    reasons.textContent = "";
    const names = { readability: "How easy it is to read", words: "Words", tone: "Tone (no blaming words)", sentences: "Sentences" };
    for (const part of score.parts) {
      const item = document.createElement("li");
      item.textContent = (names[part.name] || part.name) + ": " + part.points.toFixed(1) + " of " + part.maximum + " (" + part.reason + ")";
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
    if (plan.language !== state.language || !state.words) {
      state.language = plan.language;
      const answer = await apiJSON("GET", "/api/words?language=" + encodeURIComponent(plan.language));
      state.words = answer.ok ? answer.data : null;
    }
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
    return name + " (in the booklet: " + words.sections[kind].replace("{child}", "…") + ")";
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
    $("preview-state").textContent = "Drawing the booklet…";
    const answer = await apiJSON("POST", path, text);
    if (number !== state.previewNumber) return;
    if (!answer.ok) {
      $("pages").classList.add("stale");
      $("preview-state").textContent = (answer.data && answer.data.error) || "The booklet could not be drawn.";
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
      image.alt = "Page " + (index + 1) + " of " + data.pages.length + " of the booklet";
      loads.push(image.decode().catch(() => null));
      frame.append(image);
      for (const box of page.boxes) {
        const spot = document.createElement("button");
        spot.type = "button";
        spot.className = "box box-" + box.role;
        spot.tabIndex = -1;
        spot.setAttribute("aria-hidden", "true");
        spot.title = "Go to line " + box.line;
        spot.dataset.line = box.line;
        spot.style.left = (100 * box.x / page.width) + "%";
        spot.style.top = (100 * box.y / page.height) + "%";
        spot.style.width = (100 * box.width / page.width) + "%";
        spot.style.height = (100 * box.height / page.height) + "%";
        spot.addEventListener("click", () => goToLine(box.line, 1));
        frame.append(spot);
      }
      const caption = document.createElement("figcaption");
      caption.textContent = "Page " + (index + 1);
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
    $("preview-state").textContent = "The booklet has " + plural(data.pages.length, "page", "pages") + " as " + layoutTitle(data.layout) + ".";
    $("download").disabled = false;
    $("print").disabled = false;
  }

  const layoutNames = {
    "child-booklet": "The child's booklet",
    "family-plan": "The family's plan",
    "three-houses": "The three houses poster",
    "safe-contacts": "The safe-contacts card",
  };
  function layoutTitle(name) {
    return layoutNames[name] ? layoutNames[name].replace(/^The /, "the ") : "“" + name.replace(/-/g, " ") + "”";
  }

  $("layout").addEventListener("change", () => {
    if (state.name !== null && state.review && state.review.check.files[0].errors === 0) preview(editor.getValue());
  });

  async function pdfBlob() {
    const layout = $("layout").value;
    const response = await api("POST", "/api/pdf?" + query(state.name) + (layout ? "&layout=" + encodeURIComponent(layout) : ""), editor.getValue());
    if (!response.ok) {
      $("preview-state").textContent = "Fix the mistakes in the plan first: a booklet with mistakes is not made.";
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
    $("preview-state").textContent = "The PDF " + link.download + " is in your downloads.";
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
    $("save-state").textContent = state.name === null ? "Nothing open yet" : dirty ? "Changes not saved yet" : "All changes saved";
    $("save-state").classList.toggle("dirty", dirty);
  }

  async function openPlan(name) {
    if (isDirty()) await saveDraft();
    const answer = await api("GET", "/api/plan?" + query(name));
    if (!answer.ok) {
      let message = "That plan could not be opened.";
      try { message = (await answer.json()).error; } catch (e) { /* keep the plain message */ }
      $("save-state").textContent = message;
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
    $("preview-state").textContent = "Drawing the booklet…";
    $("download").disabled = true;
    $("print").disabled = true;
    $("plan-title").textContent = name;
    $("rename").disabled = false;
    document.title = name + " – planbook";
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
      $("save-state").textContent = "Saved";
    } else {
      $("save-state").textContent = (answer.data && answer.data.error) || "The plan could not be saved.";
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
    $("draft-text").textContent = "You changed " + name + " before and did not save it. The changes are kept.";
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
    $("new-error").textContent = "";
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
      $("new-error").textContent = (answer.data && answer.data.error) || "The plan could not be made.";
      return;
    }
    newDialog.close();
    await openPlan(answer.data.name);
  });

  // Rename
  const renameDialog = $("rename-dialog");
  $("rename").addEventListener("click", () => {
    $("rename-error").textContent = "";
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
      $("rename-error").textContent = (answer.data && answer.data.error) || "The plan could not be renamed.";
      return;
    }
    renameDialog.close();
    state.name = answer.data.name;
    $("plan-title").textContent = state.name;
    await loadPlans();
  });

  // ---- Start --------------------------------------------------------------------

  async function start() {
    const answer = await apiJSON("GET", "/api/session");
    if (!answer.ok) return;
    state.session = answer.data;
    $("folder-name").textContent = answer.data.folder;
    const select = $("layout");
    for (const layout of answer.data.layouts) {
      const option = document.createElement("option");
      option.value = layout;
      option.textContent = layoutNames[layout] || layoutTitle(layout);
      select.append(option);
    }
    await loadPlans();
    updateSaveState();
  }
  start();
})();
