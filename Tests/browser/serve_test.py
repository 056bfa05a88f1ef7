#!/usr/bin/env python3
"""End-to-end test of `planbook serve` in a real headless browser.

Starts `planbook serve` on a free loopback port with an empty folder, drives
Debian's chromium through chromium-driver with Selenium, and does what a
worker does: starts a plan from the template, types a misspelt section name
and sees it underlined with its message, fixes it and sees the booklet
change, types a jargon word and sees what to write instead, switches the
layout, saves, and downloads a PDF that pdfinfo reads; reaches Print by Tab
and checks that what it prints is the booklet's PDF (pdftotext) and that the
browser's own print gives the booklet's pages only. It also checks the page
at 200% zoom and by keyboard, that leaving with unsaved changes is warned
about, and that the page's own words follow the plan's language (Arabic,
right to left; Polish; back to English).

    python3 Tests/browser/serve_test.py [--planbook PATH] [--screenshots DIR]

Every wait is bounded; the whole run stops itself after 300 seconds. The
browser may reach only 127.0.0.1. Prints "N passed, N failed" at the end.
"""
import argparse
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WAIT = 30  # seconds for any one thing to appear


def page_labels(language):
    """The page's own words in a language, as Layouts/fixed-words/page/ has them."""
    with open(os.path.join(ROOT, "Layouts", "fixed-words", "page", language + ".json"), encoding="utf-8") as f:
        return json.load(f)


def pdf_text(path):
    done = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, "pdftotext cannot read %s: %s" % (path, done.stderr)
    return " ".join(done.stdout.split())


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, timeout=30)
    assert info.returncode == 0, "pdfinfo cannot read %s: %s" % (path, info.stderr)
    return int([line for line in info.stdout.splitlines() if line.startswith("Pages:")][0].split()[1])


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Run:
    def __init__(self, planbook, screenshots):
        self.planbook = planbook
        self.screenshots = screenshots
        self.folder = tempfile.mkdtemp(prefix="planbook-browser-")
        self.downloads = tempfile.mkdtemp(prefix="planbook-downloads-")
        self.server = None
        self.driver = None
        self.steps = []

    # -- set-up ---------------------------------------------------------------

    def start_server(self):
        shutil.copy(os.path.join(ROOT, "samples", "amira.plan"), os.path.join(self.folder, "amira.plan"))
        port = free_port()
        self.server = subprocess.Popen(
            [self.planbook, "serve", self.folder, "--port", str(port)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        line = self.server.stdout.readline()  # printed once it listens
        if "http://127.0.0.1:%d/" % port not in line:
            raise AssertionError("planbook serve did not print its address: %r %s" % (line, self.server.stderr.read()))
        self.address = "http://127.0.0.1:%d/" % port

    def start_browser(self):
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1400,1000", "--no-first-run", "--disable-sync", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--lang=en-GB", "--force-device-scale-factor=1",
        ]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {
            "download.default_directory": self.downloads,
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        })
        service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
        self.driver = webdriver.Chrome(service=service, options=options)
        self.driver.set_page_load_timeout(WAIT)
        self.driver.set_script_timeout(WAIT)
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": self.downloads})

    def stop(self):
        if self.driver:
            try:
                self.driver.quit()
            except Exception:
                pass
        if self.server:
            self.server.terminate()
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
        shutil.rmtree(self.downloads, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------

    def wait(self, condition, message):
        try:
            # The page redraws its lists as checks come back: an element found a moment ago
            # may be gone, so a condition that meets one is simply tried again.
            return WebDriverWait(self.driver, WAIT, poll_frequency=0.2, ignored_exceptions=[StaleElementReferenceException]).until(condition)
        except TimeoutException:
            raise AssertionError("timed out: " + message)

    def js(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def text(self):
        return self.js("return document.querySelector('.CodeMirror').CodeMirror.getValue()")

    def shot(self, name):
        if self.screenshots:
            os.makedirs(self.screenshots, exist_ok=True)
            self.driver.save_screenshot(os.path.join(self.screenshots, name))

    def preview_id(self):
        return self.driver.find_element(By.ID, "pages").get_attribute("data-preview-id")

    def wait_for_new_preview(self, old, message):
        return self.wait(lambda d: (self.preview_id() or "") not in ("", old) and self.js(
            "return [...document.querySelectorAll('#pages img')].every(i => i.complete && i.naturalWidth > 0)"
        ), message)

    def type_at_end(self, text, after=None):
        """Types as a person would: at the end of the plan, or at the end of the line `after`."""
        self.js("""const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus();
            const line = arguments[0] === null ? -1 : cm.getValue().split('\\n').indexOf(arguments[0]);
            if (line < 0) cm.setCursor(cm.lineCount(), 0); else cm.setCursor(line, cm.getLine(line).length);""", after)
        field = self.driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea")
        for chunk in text.split("\n"):
            if chunk:
                field.send_keys(chunk)
            if chunk is not text.split("\n")[-1]:
                field.send_keys(Keys.ENTER)

    def step(self, name, function):
        started = time.time()
        function()
        self.steps.append(name)
        print("  ok  %s (%.1f s)" % (name, time.time() - started), flush=True)

    # -- what a worker does -----------------------------------------------------

    def open_page(self):
        self.driver.get(self.address)
        self.wait(EC.element_to_be_clickable((By.ID, "new-plan")), "the page's New plan button")
        for selector in ["header[role=banner]", "nav", "main", "#problem-count[aria-live=polite]"]:
            assert self.driver.find_elements(By.CSS_SELECTOR, selector), "the page has no " + selector
        assert self.js("return !!window.CodeMirror"), "the editor component did not load"

    def create_from_template(self):
        self.driver.find_element(By.ID, "new-plan").click()
        child = self.wait(EC.visibility_of_element_located((By.ID, "new-child")), "the new-plan dialog")
        child.send_keys("Ayo")
        assert self.driver.find_element(By.ID, "new-name").get_attribute("value") == "ayo.plan"
        self.driver.find_element(By.ID, "new-create").click()
        self.wait(lambda d: self.js("const e = document.querySelector('.CodeMirror'); return e && e.CodeMirror.getValue().startsWith(\"# Ayo's safety plan\")"), "the template in the editor")
        assert os.path.exists(os.path.join(self.folder, "ayo.plan")), "the new plan was not saved in the folder"
        self.wait_for_new_preview("", "the first booklet preview")
        pages = len(self.driver.find_elements(By.CSS_SELECTOR, "#pages img"))
        assert pages >= 3, "the template's booklet has %d pages" % pages
        self.wait(lambda d: "Nothing to change" in d.find_element(By.ID, "problem-count").text or "plan has" in d.find_element(By.ID, "problem-count").text, "the problem count")
        self.shot("serve-new-plan.png")

    def misspelt_section(self):
        self.before_mistake = self.preview_id()
        self.type_at_end("\n## Safty network\n- Gran: takes Ayo to the park on Saturdays\n")
        mark = self.wait(lambda d: [m for m in d.find_elements(By.CSS_SELECTOR, ".CodeMirror-lint-mark-error") if "Safty network" in m.text], "an underline under the misspelt section")
        assert mark
        problems = self.wait(lambda d: [p.text for p in d.find_elements(By.CSS_SELECTOR, ".problem-error") if "Safty network" in p.text], "the message for the misspelt section")
        message = problems[0]
        assert "Safety network" in message, "the message does not say what was meant: " + message
        count = self.driver.find_element(By.ID, "problem-count").text
        assert "mistake to fix" in count, "the live region says: " + count
        # Unsaved changes are kept as a draft beside the plan, not lost.
        draft = os.path.join(self.folder, ".ayo.plan.draft")
        self.wait(lambda d: os.path.exists(draft) and "Safty network" in open(draft, encoding="utf-8").read(), "the draft of the unsaved changes")
        assert self.driver.find_element(By.ID, "save-state").text == "Changes not saved yet"
        # Leaving the page now makes the browser ask first.
        assert self.js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"), "leaving with unsaved changes is not warned about"
        # The cursor on the mistake: its message shows under the editor too.
        self.js("const cm = document.querySelector('.CodeMirror').CodeMirror; const n = cm.getValue().split('\\n').indexOf('## Safty network'); cm.setCursor({line: n, ch: 5}); cm.scrollIntoView(null, 200);")
        here = self.wait(lambda d: [p.text for p in d.find_elements(By.CSS_SELECTOR, "#line-problems .problem-error") if "Safty network" in p.text], "the message under the editor")
        assert "Safety network" in here[0]
        self.js("window.scrollTo(0, 0)")
        self.shot("serve-mistake.png")
        self.misspelt_message = message

    def fix_it(self):
        fix = [b for b in self.driver.find_elements(By.CSS_SELECTOR, ".problem-error .problem-fix") if "Safety network" in b.text]
        if fix:
            fix[0].click()
        else:
            self.js("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.setValue(cm.getValue().replace('## Safty network', '## Safety network'));")
        self.wait(lambda d: "## Safety network" in self.text() and not d.find_elements(By.CSS_SELECTOR, ".CodeMirror-lint-mark-error"), "the underline to go once fixed")
        self.wait_for_new_preview(self.before_mistake, "a new booklet after the fix")
        line = self.text().split("\n").index("- Gran: takes Ayo to the park on Saturdays") + 1
        self.wait(lambda d: d.find_elements(By.CSS_SELECTOR, '#pages .box[data-line="%d"]' % line), "Gran on a page of the booklet")
        # Clicking that part of the page moves the cursor to its line.
        self.js("document.querySelector('.CodeMirror').CodeMirror.setCursor({line: 0, ch: 0})")
        box = self.driver.find_element(By.CSS_SELECTOR, '#pages .box[data-line="%d"]' % line)
        self.js("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
        cursor = self.js("return document.querySelector('.CodeMirror').CodeMirror.getCursor().line")
        assert cursor == line - 1, "clicking the page moved the cursor to line %d, not %d" % (cursor + 1, line)
        # By keyboard: the page is one button, named for a screen reader, that goes to its first line.
        self.js("document.querySelector('.CodeMirror').CodeMirror.setCursor({line: 0, ch: 0})")
        page = self.js("return arguments[0].closest('.page-frame').querySelector('.page-go')", box)
        first = int(page.get_attribute("data-line"))
        assert first <= line, "the page's first line is %d, after Gran's %d" % (first, line)
        assert page.get_attribute("aria-label").startswith("Page "), "the page's button is named " + str(page.get_attribute("aria-label"))
        self.js("arguments[0].focus()", page)
        ActionChains(self.driver).send_keys(Keys.ENTER).perform()
        cursor = self.js("return document.querySelector('.CodeMirror').CodeMirror.getCursor().line")
        assert cursor == first - 1, "Enter on the page moved the cursor to line %d, not %d" % (cursor + 1, first)

    def jargon(self):
        self.type_at_end("\n- Gran will safeguard Ayo after school.", after="- Write one thing that already keeps Ayo safe.")
        self.wait(lambda d: [m for m in d.find_elements(By.CSS_SELECTOR, ".CodeMirror-lint-mark-info") if "safeguard" in m.text.lower()], "the jargon word marked")
        # The finding's text is read inside the wait: the list may be redrawn just after.
        finding = self.wait(lambda d: [p.text for p in d.find_elements(By.CSS_SELECTOR, ".problem-words") if "safeguard" in p.text.lower()], "the jargon finding in the list")
        text = finding[0]
        assert "Try this: Write 'keep safe'" in text, "the finding has no suggestion: " + text
        assert self.driver.find_element(By.ID, "score-value").text.endswith("out of 10")
        # The cursor on that line: what to write instead shows under the editor.
        self.js("""document.activeElement.blur(); const cm = document.querySelector('.CodeMirror').CodeMirror;
            const n = cm.getValue().split('\\n').indexOf('- Gran will safeguard Ayo after school.');
            cm.setCursor({line: n, ch: 14}); cm.scrollIntoView(null, 150);""")
        self.wait(lambda d: [p for p in d.find_elements(By.CSS_SELECTOR, "#line-problems .problem-words") if "Try this" in p.text], "the suggestion under the editor")
        self.js("window.scrollTo(0, 0)")
        self.shot("serve-plain-words.png")

    def switch_layout(self):
        old = self.preview_id()
        Select(self.driver.find_element(By.ID, "layout")).select_by_value("three-houses")
        self.wait(lambda d: d.find_element(By.ID, "pages").get_attribute("data-layout") == "three-houses", "the three-houses layout")
        self.wait_for_new_preview(old, "the three-houses pages")
        self.js("window.scrollTo(0, 0)")
        self.shot("serve-three-houses.png")
        Select(self.driver.find_element(By.ID, "layout")).select_by_value("")
        self.wait(lambda d: d.find_element(By.ID, "pages").get_attribute("data-layout") == "child-booklet", "the plan's own layout again")

    def save(self):
        self.driver.find_element(By.ID, "save").click()
        self.wait(lambda d: d.find_element(By.ID, "save-state").text == "Saved", "the plan to be saved")
        with open(os.path.join(self.folder, "ayo.plan"), encoding="utf-8") as saved:
            assert "## Safety network" in saved.read()
        assert not [n for n in os.listdir(self.folder) if n.startswith(".")], "a draft or temporary file is left after saving"
        assert not self.js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"), "the page asks before leaving though everything is saved"

    def download_pdf(self):
        self.driver.find_element(By.ID, "download").click()
        path = os.path.join(self.downloads, "ayo.pdf")
        self.wait(lambda d: os.path.exists(path) and not [n for n in os.listdir(self.downloads) if n.endswith(".crdownload")], "the PDF download")
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, timeout=30)
        assert info.returncode == 0 and "Pages:" in info.stdout, "pdfinfo cannot read the PDF: " + info.stderr

    def another_language(self):
        [button] = [b for b in self.driver.find_elements(By.CSS_SELECTOR, ".plan-button") if b.text == "amira.plan"]
        button.click()
        self.wait(lambda d: d.find_element(By.CSS_SELECTOR, ".CodeMirror").get_attribute("lang") == "ar", "the editor to follow the plan's language")
        direction = self.driver.find_element(By.CSS_SELECTOR, ".CodeMirror").get_attribute("data-direction")
        assert direction == "rtl", "the page does not know the plan runs right to left: " + str(direction)
        self.wait(lambda d: d.find_element(By.ID, "pages").get_attribute("lang") == "ar", "the preview in the plan's language")
        # The page's own words follow the plan: Arabic, right to left; the plan's text keeps its marks on the left.
        arabic = page_labels("ar")
        self.wait(lambda d: self.js("return document.documentElement.lang") == "ar", "the page's language to be Arabic")
        assert self.js("return document.documentElement.dir") == "rtl", "an Arabic page does not run right to left"
        assert self.driver.find_element(By.CSS_SELECTOR, ".CodeMirror").get_attribute("dir") == "ltr", "the plan's own marks must stay on the left"
        for element, key in [("print", "print"), ("download", "download"), ("problems-heading", "problemsHeading"), ("new-plan", "newPlan"), ("save", "save")]:
            shown = self.driver.find_element(By.ID, element).text
            assert shown == arabic[key], "#%s says %r, not the Arabic %r" % (element, shown, arabic[key])
        count = self.wait(lambda d: d.find_element(By.ID, "problem-count").text, "the live region")
        assert count == arabic["countNone"] or arabic["countSummary"].split("{list}")[0] in count, "the live region is not in Arabic: " + count
        field_label = self.driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea").get_attribute("aria-label")
        assert field_label == arabic["planText"], "the editor's label for a screen reader is " + str(field_label)
        self.wait(lambda d: d.find_element(By.ID, "preview-state").text.startswith(arabic["layout.child-booklet"]), "the Arabic booklet drawn")
        self.js("window.scrollTo(0, 0)")
        self.shot("serve-arabic.png")
        # Section names offered with what the Arabic booklet prints for them.
        def offered(d):
            self.js("""const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus();
                if (!cm.getValue().endsWith('\\n## ')) cm.replaceRange('\\n## ', {line: cm.lineCount(), ch: 0});
                cm.setCursor(cm.lineCount(), 0); cm.execCommand('autocomplete');""")
            marker = arabic["inTheBooklet"].split("{name} (")[1].split("{heading}")[0].strip()
            return [h for h in d.find_elements(By.CSS_SELECTOR, ".CodeMirror-hint") if marker in h.text]
        self.wait(offered, "section names offered with what the Arabic booklet prints for them")
        self.js("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.closeHint && cm.closeHint(); cm.undo();")

    def labels_follow_language(self):
        """Typing `language: pl` into an English plan turns the page's words Polish; taking it out, English again."""
        [button] = [b for b in self.driver.find_elements(By.CSS_SELECTOR, ".plan-button") if b.text == "ayo.plan"]
        button.click()
        english, polish = page_labels("en-GB"), page_labels("pl")
        self.wait(lambda d: self.js("return document.documentElement.lang") == "en-GB" and d.find_element(By.ID, "print").text == english["print"], "English words for an English plan")
        assert self.js("return document.documentElement.dir") == "ltr"
        self.type_at_end("\nlanguage: pl", after="age: 7")
        self.wait(lambda d: self.js("return document.documentElement.lang") == "pl", "the page's language to follow the plan to Polish")
        for element, key in [("print", "print"), ("editor-heading", "editorHeading"), ("plans-heading", None), ("save-state", "changesNotSaved")]:
            shown = self.driver.find_element(By.ID, element).text
            wanted = polish["plansHeading"].replace("{folder}", os.path.basename(self.folder)) if key is None else polish[key]
            assert shown == wanted, "#%s says %r, not the Polish %r" % (element, shown, wanted)
        self.wait(lambda d: d.find_element(By.ID, "preview-state").text.startswith(polish["layout.child-booklet"]), "the booklet's state in Polish")
        assert "Ctrl" in self.driver.find_element(By.CSS_SELECTOR, "#editor-help kbd").text
        self.js("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.undo();")
        self.wait(lambda d: self.js("return document.documentElement.lang") == "en-GB" and d.find_element(By.ID, "print").text == english["print"], "English again without the language line")

    def print_booklet(self):
        """The Print button is reached by Tab, pressed with Enter, and prints the booklet's own PDF."""
        self.wait(lambda d: d.find_element(By.ID, "print").is_enabled(), "the Print button to be ready")
        pages = len(self.driver.find_elements(By.CSS_SELECTOR, "#pages img"))
        # Headless Chromium has no print dialog (print() would wait for ever):
        # the test stands in for the printer and keeps what it was given.
        self.js("""const frame = document.getElementById('print-frame'); window.printed = []; window.blobs = {};
            Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => ({ focus() {}, print() { window.printed.push(frame.src); } }) });
            const make = URL.createObjectURL; URL.createObjectURL = (blob) => { const url = make(blob); window.blobs[url] = blob; return url; };""")
        self.js("document.activeElement.blur(); window.scrollTo(0, 0); document.body.focus();")
        for _ in range(120):
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
            if self.js("return document.activeElement.id") == "print":
                break
        else:
            raise AssertionError("Tab never reaches the Print button")
        ActionChains(self.driver).send_keys(Keys.ENTER).perform()
        assert self.js("return document.activeElement.id") == "print"
        printed = self.wait(lambda d: self.js("return window.printed.length ? window.printed[0] : null"), "the booklet to be printed")
        data = self.driver.execute_async_script("""const done = arguments[arguments.length - 1]; const reader = new FileReader();
            reader.onload = () => done(reader.result.split(',')[1]); reader.onerror = () => done(null);
            reader.readAsDataURL(window.blobs[arguments[0]]);""", printed)
        assert data, "what was printed cannot be read"
        path = os.path.join(self.downloads, "printed.pdf")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        text = pdf_text(path)
        words = json.load(open(os.path.join(ROOT, "Layouts", "fixed-words", "en-GB.json"), encoding="utf-8"))
        for wanted in ["Gran", "Saturdays", "Gran will safeguard Ayo after school.", words["sections"]["safetyNetwork"].replace("{child}", "Ayo"), words["coverLine"].replace("{child}", "Ayo")]:
            assert wanted in text, "the printed booklet lacks %r" % wanted
        assert pdf_pages(path) == pages, "%d pages printed, the booklet has %d" % (pdf_pages(path), pages)
        # After Print, Tab goes on through the page, never into the hidden frame the PDF is printed from.
        ActionChains(self.driver).send_keys(Keys.TAB).perform()
        assert self.js("return document.activeElement.tagName") != "IFRAME", "Tab goes into the hidden print frame"
        # The browser's own print (Ctrl+P) prints the booklet's pages only, one to a sheet.
        sheet = os.path.join(self.downloads, "page-printed.pdf")
        with open(sheet, "wb") as f:
            f.write(base64.b64decode(self.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"]))
        assert pdf_pages(sheet) == pages, "Ctrl+P prints %d sheets for %d pages" % (pdf_pages(sheet), pages)
        printed_page = pdf_text(sheet)
        for unwanted in [page_labels("en-GB")["problemsHeading"], page_labels("en-GB")["print"], "## ", "age: 7"]:
            assert unwanted not in printed_page, "Ctrl+P prints %r, not only the booklet" % unwanted

    def keyboard_and_zoom(self):
        # Tab leaves the editor; the problem list's buttons are reachable.
        field = self.driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea")
        field.send_keys(Keys.ESCAPE)
        field.send_keys(Keys.TAB)
        inside = self.js("return !!document.activeElement.closest('.CodeMirror')")
        assert not inside, "Tab does not leave the editor"
        # 200% zoom: a 700 px wide viewport drawn at twice the size, with no sideways scrolling.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 700, "height": 500, "deviceScaleFactor": 2, "mobile": False})
        self.js("window.scrollTo(0, 0)")
        time.sleep(0.5)
        wide = self.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert wide <= 1, "at 200%% zoom the page scrolls sideways by %d px" % wide
        self.shot("serve-zoom-200.png")
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--planbook", default=os.path.join(ROOT, ".build", "debug", "planbook"))
    parser.add_argument("--screenshots", default=None, help="write screenshots to this folder")
    arguments = parser.parse_args()

    def give_up(signum, frame):
        raise TimeoutError("the browser test took more than 300 seconds")
    signal.signal(signal.SIGALRM, give_up)
    signal.alarm(300)

    run = Run(arguments.planbook, arguments.screenshots)
    failed = False
    try:
        print("browser test of planbook serve", flush=True)
        run.step("the server starts and prints its address", run.start_server)
        run.step("headless chromium starts", run.start_browser)
        run.step("the page opens with its landmarks and editor", run.open_page)
        run.step("a plan is made from the template and its booklet shows", run.create_from_template)
        run.step("a misspelt section is underlined with its message", run.misspelt_section)
        run.step("fixing it changes the booklet, and a click on a page finds the line", run.fix_it)
        run.step("a jargon word is marked with what to write instead", run.jargon)
        run.step("the layout switcher shows the three houses", run.switch_layout)
        run.step("the plan saves", run.save)
        run.step("the PDF downloads and pdfinfo reads it", run.download_pdf)
        run.step("Print, by keyboard, prints the booklet's PDF; Ctrl+P prints its pages only", run.print_booklet)
        run.step("keyboard and 200% zoom", run.keyboard_and_zoom)
        run.step("an Arabic plan carries its language, with the booklet's own words", run.another_language)
        run.step("the page's own words follow the plan's language", run.labels_follow_language)
    except Exception as error:  # report and fail, never hang
        failed = True
        print("  FAILED: %s" % error, flush=True)
        if run.driver and arguments.screenshots:
            try:
                run.shot("serve-failure.png")
            except Exception:
                pass
    finally:
        signal.alarm(0)
        run.stop()
    print("browser: %d passed, %d failed" % (0 if failed else 1, 1 if failed else 0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
