// Search for the search page: runs in the browser on the index files the build writes under search/
// (see jianbao.search.SearchIndexWriter for their format). A query fetches only the index shards of
// its character pairs, proves each match from the stored positions, and fetches the text of the
// results it shows. The query and filters live in the URL, so results can be shared and the back
// button works.
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  // The page's sentences, from the theme's labels.yaml (search.script), which the page writes into
  // the JSON of #search-labels; read when the page starts.
  var LABELS = {};
  var SNIPPET_BEFORE = 30;
  var SNIPPET_LENGTH = 110;
  var PAIR = 2097152; // 2^21: a bigram's key is first * PAIR + second, ordered like the index

  // A sentence of the labels with its {placeholders} filled from values.
  function label(key, values) {
    var text = LABELS[key];
    if (typeof text !== "string") throw new Error("search.js: the labels have no search.script." + key);
    return text.replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  // ---- Normalising text, the same steps as jianbao.search.SearchText ----

  function dropped(cp) {
    return cp <= 0x20 || cp >= 0x7F && cp <= 0xA0 || cp === 0xAD || cp === 0x034F || cp === 0x061C || cp === 0x1680 ||
      cp === 0x180E || cp >= 0x2000 && cp <= 0x200F || cp >= 0x2028 && cp <= 0x202F ||
      cp >= 0x205F && cp <= 0x206F || cp === 0x3000 || cp === 0x3164 || cp >= 0xFE00 && cp <= 0xFE0F ||
      cp === 0xFEFF || cp === 0xFFA0 || cp >= 0xFFF0 && cp <= 0xFFF8 || cp >= 0xE0000 && cp <= 0xE0FFF;
  }

  // Normalised code points of text; with offsets, also where each one came from in text (UTF-16 index).
  function normalize(text, offsets) {
    var out = [];
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var width = cp > 0xFFFF ? 2 : 1;
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      if (cp < 0x80 || cp >= 0x4E00 && cp <= 0x9FFF) {
        if (cp >= 65 && cp <= 90) cp += 32;
        if (!dropped(cp)) { out.push(cp); if (offsets) offsets.push(i, i + width); }
      } else {
        var single = String.fromCodePoint(cp).normalize("NFKC").toLowerCase();
        for (var j = 0; j < single.length;) {
          var c = single.codePointAt(j);
          j += c > 0xFFFF ? 2 : 1;
          if (!dropped(c)) { out.push(c); if (offsets) offsets.push(i, i + width); }
        }
      }
      i += width;
    }
    return out;
  }

  // The query's terms: its parts between spaces, normalised, without empty or repeated ones.
  function terms(query) {
    var seen = {};
    var list = [];
    String(query || "").split(/\s+/).forEach(function (part) {
      var cps = normalize(part);
      var key = String.fromCodePoint.apply(null, cps);
      if (cps.length && !seen[key]) { seen[key] = true; list.push(cps); }
    });
    return list;
  }

  // ---- Reading the index files ----

  function Reader(bytes, start, end) {
    this.bytes = bytes;
    this.at = start || 0;
    this.end = end === undefined ? bytes.length : end;
  }
  Reader.prototype.next = function () {
    var value = 0;
    var shift = 0;
    var b;
    do {
      b = this.bytes[this.at++];
      value += (b & 0x7F) * Math.pow(2, shift);
      shift += 7;
    } while (b & 0x80);
    return value;
  };

  function Index(base, manifest) {
    this.base = base;
    this.manifest = manifest;
    this.pairShards = manifest.bigramShards.map(function (key) { var c = codePoints(key); return c[0] * PAIR + c[1]; });
    this.charShards = manifest.charShards.map(function (key) { return key.codePointAt(0); });
    this.files = {};
    this.entries = {};
    this.postings = {};
    this.docs = {};
  }

  function codePoints(text) {
    return Array.from(text).map(function (c) { return c.codePointAt(0); });
  }

  Index.prototype.url = function (path) {
    return this.base + path + "?v=" + this.manifest.version;
  };

  Index.prototype.fetchBytes = function (path) {
    var index = this;
    if (!this.files[path]) {
      this.files[path] = fetch(this.url(path)).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.arrayBuffer();
      }).then(function (buffer) { return new Uint8Array(buffer); });
      this.files[path].catch(function () { delete index.files[path]; });
    }
    return this.files[path];
  };

  function shardOf(firstKeys, key) {
    var low = 0;
    var high = firstKeys.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (firstKeys[mid] <= key) low = mid; else high = mid - 1;
    }
    return low;
  }

  // Loads the shards holding the given keys; afterwards this.entries["p" + key] or ["c" + key] is set
  // for every key the index has.
  Index.prototype.load = function (pairKeys, charKeys) {
    var index = this;
    var wanted = {};
    // An archive without a single issue has no shards: nothing to load, and every query finds nothing.
    if (index.pairShards.length) {
      pairKeys.forEach(function (key) { wanted["bigrams/" + shardOf(index.pairShards, key) + ".bin"] = "p"; });
    }
    if (index.charShards.length) {
      charKeys.forEach(function (key) { wanted["chars/" + shardOf(index.charShards, key) + ".bin"] = "c"; });
    }
    return Promise.all(Object.keys(wanted).map(function (path) {
      if (index.entries[path]) return null;
      return index.fetchBytes(path).then(function (bytes) {
        if (index.entries[path]) return;
        var pairs = wanted[path] === "p";
        var reader = new Reader(bytes);
        var count = reader.next();
        var first = 0;
        var second = 0;
        for (var i = 0; i < count; i++) {
          var delta = reader.next();
          first += delta;
          var key = first;
          if (pairs) {
            var s = reader.next();
            second = delta === 0 && i > 0 ? second + s : s;
            key = first * PAIR + second;
          }
          var length = reader.next();
          index.entries[(pairs ? "p" : "c") + key] = bytes.subarray(reader.at, reader.at + length);
          reader.at += length;
        }
        index.entries[path] = true;
      });
    }));
  };

  // Documents and positions of a bigram: a Map from document id to sorted positions, or null.
  Index.prototype.pair = function (key) {
    var name = "p" + key;
    if (!(name in this.postings)) {
      var bytes = this.entries[name];
      var map = null;
      if (bytes) {
        map = new Map();
        var reader = new Reader(bytes);
        var count = reader.next();
        var doc = 0;
        for (var i = 0; i < count; i++) {
          doc += reader.next();
          var n = reader.next();
          var positions = new Array(n);
          var p = 0;
          for (var j = 0; j < n; j++) { p += reader.next(); positions[j] = p; }
          map.set(doc, positions);
        }
      }
      this.postings[name] = map;
    }
    return this.postings[name];
  };

  function documentList(bytes) {
    var reader = new Reader(bytes);
    var count = reader.next();
    var docs = new Set();
    var doc = 0;
    for (var i = 0; i < count; i++) { doc += reader.next(); docs.add(doc); }
    return docs;
  }

  // Documents containing a character, as a Set, or null.
  Index.prototype.char = function (cp) {
    var name = "c" + cp;
    if (!(name in this.postings)) {
      this.postings[name] = this.entries[name] ? documentList(this.entries[name]) : null;
    }
    return this.postings[name];
  };

  Index.prototype.department = function (n) {
    var index = this;
    return this.fetchBytes("departments/" + n + ".bin").then(function (bytes) {
      return index.postings["d" + n] || (index.postings["d" + n] = documentList(bytes));
    });
  };

  // The length of each document's headline: positions below it lie in the headline. An array by id.
  Index.prototype.headlines = function () {
    var index = this;
    return this.headlineLengths || (this.headlineLengths = this.fetchBytes("headlines.bin").then(function (bytes) {
      var reader = new Reader(bytes);
      var lengths = new Array(reader.next());
      for (var i = 0; i < lengths.length; i++) lengths[i] = reader.next();
      return lengths;
    }, function (error) { delete index.headlineLengths; throw error; }));
  };

  Index.prototype.doc = function (id) {
    var index = this;
    if (!this.docs[id]) {
      this.docs[id] = fetch(this.url("docs/" + id + ".json")).then(function (response) {
        if (!response.ok) throw new Error("docs/" + id + ": " + response.status);
        return response.json();
      });
      this.docs[id].catch(function () { delete index.docs[id]; });
    }
    return this.docs[id];
  };

  function has(sorted, value) {
    var low = 0;
    var high = sorted.length - 1;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (sorted[mid] === value) return true;
      if (sorted[mid] < value) low = mid + 1; else high = mid - 1;
    }
    return false;
  }

  function pairKeys(cps) {
    var keys = [];
    for (var i = 0; i + 1 < cps.length; i++) keys.push(cps[i] * PAIR + cps[i + 1]);
    return keys;
  }

  // The postings of each bigram of the string cps, in order, or null when one occurs nowhere.
  Index.prototype.pairLists = function (cps) {
    var lists = pairKeys(cps).map(this.pair, this);
    return lists.some(function (list) { return !list; }) ? null : lists;
  };

  // The documents containing the string cps (among candidates, a Set, when given): a Set of ids.
  // For two or more characters, every bigram must occur at consecutive positions, which proves the
  // whole string is there.
  Index.prototype.containing = function (cps, candidates) {
    var found = new Set();
    if (cps.length === 1) {
      var docs = this.char(cps[0]);
      if (docs) docs.forEach(function (id) { if (!candidates || candidates.has(id)) found.add(id); });
      return found;
    }
    var lists = this.pairLists(cps);
    if (!lists) return found;
    var smallest = lists.reduce(function (a, b) { return b.size < a.size ? b : a; });
    smallest.forEach(function (ignored, id) {
      if (candidates && !candidates.has(id)) return;
      if (firstStart(lists, id, Infinity) >= 0) found.add(id);
    });
    return found;
  };

  // Where the string whose bigram lists are given first starts in document id, before position
  // limit, proven by every bigram occurring at consecutive positions; -1 if it does not.
  function firstStart(lists, id, limit) {
    for (var k = 0; k < lists.length; k++) if (!lists[k].has(id)) return -1;
    var firsts = lists[0].get(id);
    for (var f = 0; f < firsts.length && firsts[f] < limit; f++) {
      var p = firsts[f];
      var all = true;
      for (var i = 1; i < lists.length && all; i++) all = has(lists[i].get(id), p + i);
      if (all) return p;
    }
    return -1;
  }

  // A term found nowhere as a whole, such as 峡窝镇采摘 typed without a space, taken as the words it
  // is made of: from the left, the longest part of two or more characters that the archive has.
  // Null when some part of it occurs nowhere.
  Index.prototype.parts = function (term) {
    var parts = [];
    var start = 0;
    while (start < term.length) {
      var end = term.length;
      while (end - start >= 2 && this.containing(term.slice(start, end)).size === 0) end--;
      if (end - start < 2) return null;
      parts.push(term.slice(start, end));
      start = end;
    }
    return parts;
  };

  // Runs a query: the ids of every matching document, best first, and how much of the query each matched.
  // Ranking: the whole query string (terms joined) first, then the longest run of consecutive terms
  // found joined together, then the terms found in the headline, then newest first. A query whose
  // terms no document has all of finds those with some of them (partial), the most terms first.
  Index.prototype.search = function (query, filters) {
    var index = this;
    var typed = terms(query);
    filters = filters || {};
    if (!typed.length) return Promise.resolve({ terms: typed, ids: [], total: 0, years: {} });
    var pairs = {};
    var chars = {};
    typed.forEach(function (term) {
      if (term.length === 1) chars[term[0]] = true;
      pairKeys(term).forEach(function (key) { pairs[key] = true; });
    });
    for (var t = 1; t < typed.length; t++) pairs[typed[t - 1][typed[t - 1].length - 1] * PAIR + typed[t][0]] = true;
    var department = filters.department ? index.manifest.departments.findIndex(function (d) { return d[1] === filters.department; }) : -1;
    return Promise.all([
      index.load(Object.keys(pairs).map(Number), Object.keys(chars).map(Number)),
      department >= 0 ? index.department(department) : null,
      index.headlines()
    ]).then(function (loaded) {
      var byDepartment = loaded[1];
      var headlines = loaded[2];
      var list = [];
      var split = false;
      typed.forEach(function (term) {
        var parts = term.length >= 4 && index.containing(term).size === 0 ? index.parts(term) : null;
        if (parts) split = true;
        list = list.concat(parts || [term]);
      });
      var joined = [];
      var spans = [];
      list.forEach(function (term) {
        spans.push(joined.length);
        joined = joined.concat(term);
      });
      var matched = null;
      list.slice().sort(function (a, b) { return b.length - a.length; }).forEach(function (term) {
        matched = index.containing(term, matched);
      });
      // When no document has every term, those that have some of them, the most terms first.
      var partial = !matched.size && list.length > 1;
      var termsFound = new Map();
      if (partial) {
        list.forEach(function (term) {
          index.containing(term).forEach(function (id) {
            termsFound.set(id, (termsFound.get(id) || 0) + 1);
            matched.add(id);
          });
        });
      }
      if (byDepartment) matched.forEach(function (id) { if (!byDepartment.has(id)) matched.delete(id); });
      else if (filters.department) matched.clear();
      var years = {};
      index.manifest.years.forEach(function (y) { years[y[0]] = 0; });
      var yearRange = null;
      matched.forEach(function (id) {
        index.manifest.years.forEach(function (y) {
          if (id >= y[1] && id <= y[2]) years[y[0]]++;
        });
      });
      if (filters.year) {
        yearRange = index.manifest.years.filter(function (y) { return String(y[0]) === String(filters.year); })[0] || [0, -1, -2];
        matched.forEach(function (id) { if (id < yearRange[1] || id > yearRange[2]) matched.delete(id); });
      }
      var score = new Map();
      matched.forEach(function (id) { score.set(id, 0); });
      // Longest run of consecutive terms found joined together, in characters; the whole query counts most.
      for (var from = 0; from < list.length; from++) {
        for (var to = list.length; to > from; to--) {
          var start = spans[from];
          var end = to < list.length ? spans[to] : joined.length;
          var length = end - start;
          var holding = to - from === 1 && !partial ? matched : index.containing(joined.slice(start, end), matched);
          holding.forEach(function (id) { if (score.get(id) < length) score.set(id, length); });
        }
      }
      // Then how many of the terms (of two characters or more) lie wholly within the headline.
      var headlineTerms = list.filter(function (term) { return term.length >= 2; }).map(function (term) {
        return { length: term.length, lists: index.pairLists(term) };
      }).filter(function (term) { return term.lists; });
      var inHeadline = new Map();
      matched.forEach(function (id) {
        var headline = headlines[id] || 0;
        inHeadline.set(id, headlineTerms.filter(function (term) {
          return firstStart(term.lists, id, headline - term.length + 1) >= 0;
        }).length);
      });
      var ids = Array.from(matched).sort(function (a, b) {
        return (termsFound.get(b) || 0) - (termsFound.get(a) || 0) || score.get(b) - score.get(a) ||
          inHeadline.get(b) - inHeadline.get(a) || b - a;
      });
      return {
        terms: list, split: split, partial: partial, ids: ids, total: ids.length, years: years,
        exact: ids.filter(function (id) { return score.get(id) === joined.length; }).length
      };
    });
  };

  // ---- Showing results ----

  // Ranges [start, end) in text (UTF-16 indexes) where any term occurs, merged.
  function matchRanges(text, list) {
    var offsets = [];
    var cps = normalize(text, offsets);
    var ranges = [];
    list.forEach(function (term) {
      outer: for (var i = 0; i + term.length <= cps.length; i++) {
        for (var j = 0; j < term.length; j++) if (cps[i + j] !== term[j]) continue outer;
        ranges.push([offsets[2 * i], offsets[2 * (i + term.length - 1) + 1]]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  // Appends text[from, to) to parent with the ranges marked.
  function appendMarked(parent, text, ranges, from, to) {
    var at = from;
    ranges.forEach(function (r) {
      var start = Math.max(r[0], from);
      var end = Math.min(r[1], to);
      if (start >= end) return;
      if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < to) parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  function safeCut(text, index) {
    if (index > 0 && index < text.length) {
      var code = text.charCodeAt(index);
      if (code >= 0xDC00 && code <= 0xDFFF) return index - 1;
    }
    return Math.max(0, Math.min(text.length, index));
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function renderResult(doc, list) {
    var item = element("li", "search-result");
    var heading = element("h2");
    var link = element("a");
    link.href = doc.href;
    if (doc.brief) link.appendChild(element("span", "search-kind", label("brief") + " "));
    appendMarked(link, doc.title, matchRanges(doc.title, list), 0, doc.title.length);
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = element("p", "search-result-meta");
    meta.appendChild(document.createTextNode(doc.issue + " · "));
    var time = element("time", null, doc.dateText);
    time.setAttribute("datetime", doc.date);
    meta.appendChild(time);
    if (doc.departments.length) {
      meta.appendChild(document.createTextNode(label("sources")));
      var names = doc.departments.join("、");
      appendMarked(meta, names, matchRanges(names, list), 0, names.length);
    }
    item.appendChild(meta);

    var text = doc.text;
    var ranges = matchRanges(text, list);
    var from = ranges.length ? safeCut(text, ranges[0][0] - SNIPPET_BEFORE) : 0;
    var to = safeCut(text, from + SNIPPET_LENGTH);
    var snippet = element("p", "search-result-snippet");
    if (from > 0) snippet.appendChild(document.createTextNode("…"));
    appendMarked(snippet, text, ranges, from, to);
    if (to < text.length) snippet.appendChild(document.createTextNode("…"));
    item.appendChild(snippet);
    return item;
  }

  // ---- The page ----

  function Page(root) {
    this.root = root;
    this.form = root.querySelector("form");
    this.input = this.form.elements.q;
    this.departmentSelect = this.form.elements.department;
    this.yearSelect = this.form.elements.year;
    this.status = root.querySelector(".search-status");
    this.results = root.querySelector(".search-results");
    this.more = root.querySelector(".search-more");
    this.yearLabels = Array.prototype.map.call(this.yearSelect.options, function (o) { return o.textContent; });
    this.sequence = 0;
    this.shown = 0;
    this.current = null;
    this.timer = 0;
  }

  Page.prototype.state = function () {
    return { q: this.input.value.trim(), department: this.departmentSelect.value, year: this.yearSelect.value };
  };

  Page.prototype.url = function (state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.department) params.set("department", state.department);
    if (state.year) params.set("year", state.year);
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  };

  Page.prototype.fill = function (params) {
    this.input.value = params.get("q") || "";
    setSelect(this.departmentSelect, params.get("department") || "");
    setSelect(this.yearSelect, params.get("year") || "");
  };

  function setSelect(select, value) {
    select.value = value;
    if (select.value !== value) select.value = "";
  }

  // Keeps the URL in step with the form. Typing replaces the entry it created; a submit or a
  // filter change closes it, so the back button steps through searches, not keystrokes.
  Page.prototype.record = function (typing) {
    var url = this.url(this.state());
    var here = location.pathname + location.search;
    var live = history.state && history.state.jianbaoLive;
    if (url !== here) {
      if (live) history.replaceState({ jianbaoLive: typing }, "", url);
      else history.pushState({ jianbaoLive: typing }, "", url);
    } else if (live && !typing) {
      history.replaceState({ jianbaoLive: false }, "", url);
    }
  };

  Page.prototype.run = function () {
    var page = this;
    var state = this.state();
    var sequence = ++this.sequence;
    var started = performance.now();
    clearTimeout(this.timer);
    if (!state.q) {
      this.results.textContent = "";
      this.more.hidden = true;
      this.current = null;
      this.say(state.department || state.year ? label("enter_words") : "");
      this.updateYears(null);
      return Promise.resolve();
    }
    this.root.setAttribute("aria-busy", "true");
    return this.index.search(state.q, state).then(function (result) {
      if (sequence !== page.sequence) return null;
      page.current = result;
      page.shown = 0;
      page.updateYears(result.years);
      return page.show(result, PAGE_SIZE).then(function () {
        if (sequence !== page.sequence) return;
        page.results.replaceChildren.apply(page.results, page.pending);
        page.say(page.summary(result, state));
        page.root.setAttribute("data-search-ms", String(Math.round(performance.now() - started)));
        page.root.setAttribute("data-search-query", state.q);
      });
    }).catch(function (error) {
      if (sequence !== page.sequence) return;
      page.results.textContent = "";
      page.more.hidden = true;
      page.say(label("unavailable"));
      if (window.console) console.error(error);
    }).then(function () {
      if (sequence === page.sequence) page.root.removeAttribute("aria-busy");
    });
  };

  // Fetches the next count results and puts their items in this.pending.
  Page.prototype.show = function (result, count) {
    var page = this;
    var ids = result.ids.slice(this.shown, this.shown + count);
    return Promise.all(ids.map(function (id) { return page.index.doc(id); })).then(function (docs) {
      page.pending = docs.map(function (doc) { return renderResult(doc, result.terms); });
      page.shown += ids.length;
      page.more.hidden = page.shown >= result.total;
      if (!page.more.hidden) page.more.textContent = label("more", { count: result.total - page.shown });
    });
  };

  Page.prototype.showMore = function () {
    var page = this;
    var result = this.current;
    if (!result) return;
    var sequence = this.sequence;
    this.show(result, PAGE_SIZE).then(function () {
      if (sequence !== page.sequence || !page.pending.length) return;
      page.pending.forEach(function (item) { page.results.appendChild(item); });
      var link = page.pending[0].querySelector("a");
      link.focus();
      page.say(label("shown_of", { shown: page.shown, total: result.total }));
    });
  };

  // “甲”, “甲”和“乙”, “甲”、“乙”和“丙”.
  function quoted(words) {
    var list = words.map(function (w) { return label("quoted", { word: w }); });
    return list.length < 2 ? list.join("") : label("list", { items: list.slice(0, -1).join(label("separator")), last: list[list.length - 1] });
  }

  Page.prototype.summary = function (result, state) {
    var where = [];
    if (state.year) where.push(label("year", { year: state.year }));
    if (state.department) where.push(this.departmentSelect.options[this.departmentSelect.selectedIndex].textContent);
    var scope = where.length ? label("scope", { where: where.join(label("separator")) }) : "";
    var words = quoted(state.q.split(/\s+/).filter(Boolean));
    var found = words;
    if (result.split) {
      found = quoted(result.terms.map(function (term) { return String.fromCodePoint.apply(null, term); }));
      scope = label("split", { words: words }) + scope;
    }
    var shown = result.total > this.shown ? label("shown_first", { shown: this.shown }) : label("shown_all");
    if (!result.total) return label("none", { scope: scope, found: found });
    if (result.partial) return label("partial", { scope: scope, found: found, total: result.total, shown: shown });
    return label("found", { scope: scope, found: found, total: result.total, shown: shown });
  };

  Page.prototype.updateYears = function (years) {
    var labels = this.yearLabels;
    Array.prototype.forEach.call(this.yearSelect.options, function (option, i) {
      option.textContent = labels[i] + (years && option.value && option.value in years ? label("year_count", { count: years[option.value] }) : "");
    });
  };

  Page.prototype.say = function (text) {
    this.status.textContent = text;
  };

  Page.prototype.start = function () {
    var page = this;
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      page.record(false);
      page.run();
    });
    this.input.addEventListener("input", function (event) {
      if (event.isComposing) return;
      page.schedule();
    });
    this.input.addEventListener("compositionend", function () { page.schedule(); });
    [this.departmentSelect, this.yearSelect].forEach(function (select) {
      select.addEventListener("change", function () {
        page.record(false);
        page.run();
      });
    });
    this.more.addEventListener("click", function () { page.showMore(); });
    window.addEventListener("popstate", function () {
      page.fill(new URLSearchParams(location.search));
      page.run();
    });
    this.fill(new URLSearchParams(location.search));
    return this.run();
  };

  Page.prototype.schedule = function () {
    var page = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () {
      page.record(true);
      page.run();
    }, 60);
  };

  // ---- Start ----

  var root = document.getElementById("search");
  if (!root) return;
  LABELS = JSON.parse(document.getElementById("search-labels").textContent);
  var base = root.getAttribute("data-index");
  var ready = fetch(base + "index.json", { cache: "no-cache" }).then(function (response) {
    if (!response.ok) throw new Error("index.json: " + response.status);
    return response.json();
  }).then(function (manifest) {
    return new Index(base, manifest);
  });
  window.jianbaoSearch = {
    ready: ready,
    normalize: function (text) { return String.fromCodePoint.apply(null, normalize(text)); },
    search: function (query, filters) {
      return ready.then(function (index) { return index.search(query, filters); });
    },
    doc: function (id) {
      return ready.then(function (index) { return index.doc(id); });
    }
  };
  var page = new Page(root);
  root.hidden = false;
  ready.then(function (index) {
    page.index = index;
    return page.start();
  }).catch(function (error) {
    page.say(label("unavailable"));
    if (window.console) console.error(error);
  });
})();
