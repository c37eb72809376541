// Reading aids for elderly readers, after 工信部《互联网网站适老化通用设计规范》: three text sizes, high
// contrast and a large pointer (applied at once and remembered; the inline script in <head> applies
// them before a page is drawn), read-aloud with the browser's own speech synthesis, a print button
// and a back-to-top link that shows on long pages. Each control starts hidden in the HTML and is
// shown here, so that without JavaScript none of them appears.
(function () {
  "use strict";
  var root = document.documentElement;

  function load(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ }
  }
  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  // ---- Text size, high contrast, large pointer ----

  var SIZES = ["standard", "large", "xlarge"];
  var SWITCH_KEYS = { "high-contrast": "jianbao-high-contrast", "large-pointer": "jianbao-large-pointer" };

  function textSize() {
    for (var i = 1; i < SIZES.length; i++) {
      if (root.classList.contains("text-" + SIZES[i])) return SIZES[i];
    }
    return SIZES[0];
  }

  function showSettings() {
    var size = textSize();
    each("[data-text-size]", function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-text-size") === size));
    });
    each("[data-switch]", function (button) {
      button.setAttribute("aria-pressed", String(root.classList.contains(button.getAttribute("data-switch"))));
    });
    placeBackToTop();
  }

  each("[data-text-size]", function (button) {
    button.addEventListener("click", function () {
      var size = button.getAttribute("data-text-size");
      SIZES.forEach(function (s) { if (s !== SIZES[0]) root.classList.toggle("text-" + s, s === size); });
      save("jianbao-text-size", size);
      showSettings();
    });
  });
  each("[data-switch]", function (button) {
    button.addEventListener("click", function () {
      var name = button.getAttribute("data-switch");
      var on = !root.classList.contains(name);
      root.classList.toggle(name, on);
      save(SWITCH_KEYS[name], on ? "on" : "off");
      showSettings();
    });
  });

  var settingsToggle = document.querySelector(".reading-settings-toggle");
  var settings = settingsToggle && document.getElementById(settingsToggle.getAttribute("aria-controls"));
  if (settings) {
    var openSettings = function (open) {
      settingsToggle.setAttribute("aria-expanded", String(open));
      settings.hidden = !open;
    };
    settingsToggle.hidden = false;
    settingsToggle.addEventListener("click", function () {
      openSettings(settingsToggle.getAttribute("aria-expanded") !== "true");
    });
    settings.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        openSettings(false);
        settingsToggle.focus();
      }
    });
  }

  // ---- Back to top: only where the page is longer than two screens ----

  var backToTop = document.querySelector(".back-to-top");
  function placeBackToTop() {
    if (!backToTop) return;
    backToTop.hidden = false;
    backToTop.hidden = root.scrollHeight <= 2 * window.innerHeight;
  }
  window.addEventListener("resize", placeBackToTop);
  window.addEventListener("load", placeBackToTop); // once fonts and pictures have their size
  showSettings();

  // ---- Printing and read-aloud of an issue or an article ----

  var tools = document.querySelector(".page-tools");
  if (!tools) return;
  tools.hidden = false;
  tools.querySelector(".print-page").addEventListener("click", function () { window.print(); });

  var readButton = tools.querySelector(".read-aloud");
  var stopButton = tools.querySelector(".read-aloud-stop");
  var status = tools.querySelector(".read-aloud-status");
  var text = function (name) { return tools.getAttribute("data-" + name); };
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, figcaption";
  var SKIPPED = "nav, .toc, .visually-hidden, [aria-hidden='true'], [hidden], .page-tools, .page-qr";
  // A sentence runs to 。！？； and takes the closing quotes and brackets after it.
  var SENTENCE = /[^。！？；]+(?:[。！？；]+[”’"'」』）)》〉]*|$)|[。！？；]+[”’"'」』）)》〉]*/g;

  var sentences = null; // [{ text, spans }] in reading order, made when reading first starts
  var state = "idle"; // idle, reading or paused
  var current = -1;
  var run = 0; // counts readings, so that events of a stopped one are ignored

  // Wraps every sentence of the page's article in spans (one per text node it crosses) and lists them.
  function collectSentences() {
    var article = document.querySelector("main article");
    var list = [];
    if (!article) return list;
    Array.prototype.forEach.call(article.querySelectorAll(BLOCKS), function (block) {
      if (block.closest(SKIPPED) || block.querySelector(BLOCKS)) return;
      var nodes = [];
      var whole = "";
      var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest(SKIPPED)) continue;
        nodes.push({ node: node, start: whole.length });
        whole += node.data;
      }
      var found = [];
      var match;
      SENTENCE.lastIndex = 0;
      while ((match = SENTENCE.exec(whole)) !== null) {
        if (match[0].length === 0) { SENTENCE.lastIndex++; continue; }
        // A middle dot separating the parts of a line is read as a pause, not as "点".
        var spoken = match[0].replace(/\s*[·•]\s*/g, "，").replace(/\s+/g, " ").trim();
        if (/[^\s。！？；”’"'」』）)》〉]/.test(spoken)) {
          found.push({ text: spoken, start: match.index, end: match.index + match[0].length, spans: [] });
        }
      }
      // Splits text nodes from their end backwards, so the offsets still to be used stay valid.
      for (var n = nodes.length - 1; n >= 0; n--) {
        var item = nodes[n];
        var nodeEnd = item.start + item.node.data.length;
        for (var s = found.length - 1; s >= 0; s--) {
          var from = Math.max(found[s].start, item.start);
          var to = Math.min(found[s].end, nodeEnd);
          if (from >= to || !/\S/.test(whole.slice(from, to))) continue;
          var piece = item.node;
          if (to - item.start < piece.data.length) piece.splitText(to - item.start);
          if (from > item.start) piece = piece.splitText(from - item.start);
          var span = document.createElement("span");
          span.className = "sentence";
          piece.parentNode.replaceChild(span, piece);
          span.appendChild(piece);
          found[s].spans.unshift(span);
        }
      }
      found.forEach(function (sentence) { list.push({ text: sentence.text, spans: sentence.spans }); });
    });
    return list;
  }

  function mark(index) {
    if (current >= 0 && sentences[current]) {
      sentences[current].spans.forEach(function (span) { span.classList.remove("reading-now"); });
    }
    current = index;
    if (index < 0 || !sentences[index]) return;
    var spans = sentences[index].spans;
    spans.forEach(function (span) { span.classList.add("reading-now"); });
    if (spans.length > 0) spans[0].scrollIntoView({ block: "center", behavior: reducedMotion ? "auto" : "smooth" });
  }

  function show(newState, message) {
    state = newState;
    tools.setAttribute("data-state", state);
    readButton.textContent = text(state === "reading" ? "label-pause" : state === "paused" ? "label-resume" : "label-read");
    stopButton.hidden = state === "idle";
    status.textContent = message || "";
  }

  // The voice for the page's language: zh-CN before any other Chinese one; none lets the browser choose.
  function chooseVoice(synth, lang) {
    var voices = synth.getVoices ? synth.getVoices() || [] : [];
    var wanted = lang.toLowerCase().replace("_", "-");
    var exact = null;
    var near = null;
    voices.forEach(function (voice) {
      var voiceLang = String(voice.lang || "").toLowerCase().replace("_", "-");
      if (!exact && voiceLang === wanted) exact = voice;
      if (!near && voiceLang.split("-")[0] === wanted.split("-")[0]) near = voice;
    });
    return exact || near;
  }

  function speak(synth, index, reading) {
    if (reading !== run) return;
    if (index >= sentences.length) {
      mark(-1);
      show("idle", text("status-done"));
      return;
    }
    var lang = root.lang || "zh-CN";
    var utterance = new window.SpeechSynthesisUtterance(sentences[index].text);
    utterance.lang = lang;
    var voice = chooseVoice(synth, lang);
    if (voice) utterance.voice = voice;
    utterance.onend = function () { speak(synth, index + 1, reading); };
    utterance.onerror = function (event) {
      if (reading !== run || event.error === "interrupted" || event.error === "canceled") return;
      run++;
      mark(-1);
      show("idle", text("status-unsupported"));
    };
    mark(index);
    synth.speak(utterance);
  }

  function stop(message) {
    run++;
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    mark(-1);
    show("idle", message);
  }

  readButton.addEventListener("click", function () {
    var synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function") {
      show("idle", text("status-unsupported"));
      return;
    }
    if (state === "reading") {
      synth.pause();
      show("paused", text("status-paused"));
    } else if (state === "paused") {
      synth.resume();
      show("reading", text("status-reading"));
    } else {
      if (!sentences) sentences = collectSentences();
      if (synth.speaking || synth.pending) synth.cancel(); // another page's speech, still going
      run++;
      show("reading", text("status-reading"));
      speak(synth, 0, run);
    }
  });
  stopButton.addEventListener("click", function () {
    stop(text("status-stopped"));
    readButton.focus();
  });
  // Speech would go on after the reader leaves the page.
  window.addEventListener("pagehide", function () { if (state !== "idle") stop(""); });
})();
