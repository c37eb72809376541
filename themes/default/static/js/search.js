// Search for the search page: runs in the browser on the index files the build writes under search/
// (see jianbao.search.SearchIndexWriter for their format). A query fetches only the index shards of
// the trigrams that cover its terms, proves each match from the stored positions, and fetches the
// packs holding the results it shows. The query and filters live in the URL, so results can be
// shared and the back button works.
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  // The page's sentences, from the theme's labels.yaml (search.script), which the page writes into
  // the JSON of #search-labels; read when the page starts.
  var LABELS = {};
  var SNIPPET_BEFORE = 30;
  var SNIPPET_LENGTH = 110;
  var END = 0; // the third character of the term that ends a field
  var LAST = 0x1FFFFF; // above every code point

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

  // Raw DEFLATE (RFC 1951), in which every .bin file of the index is stored: the bytes it holds.
  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LENGTH_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577];
  var DISTANCE_BITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  // A canonical Huffman code from the code length of each symbol: how many codes of each length, and the symbols in code order.
  function huffman(lengths) {
    var counts = new Uint16Array(16);
    var offsets = new Uint16Array(16);
    var symbols = new Uint16Array(lengths.length);
    var i;
    for (i = 0; i < lengths.length; i++) counts[lengths[i]]++;
    counts[0] = 0;
    for (i = 1; i < 16; i++) offsets[i] = offsets[i - 1] + counts[i - 1];
    for (i = 0; i < lengths.length; i++) if (lengths[i]) symbols[offsets[lengths[i]]++] = i;
    return { counts: counts, symbols: symbols };
  }

  function inflate(data) {
    var out = new Uint8Array(Math.max(1024, data.length * 4));
    var size = 0;
    var at = 0;
    var bitBuffer = 0;
    var bitCount = 0;
    function bits(n) {
      while (bitCount < n) {
        if (at >= data.length) throw new Error("truncated index file");
        bitBuffer |= data[at++] << bitCount;
        bitCount += 8;
      }
      var value = bitBuffer & ((1 << n) - 1);
      bitBuffer >>>= n;
      bitCount -= n;
      return value;
    }
    function symbol(code) {
      var first = 0;
      var index = 0;
      var value = 0;
      for (var length = 1; length < 16; length++) {
        value |= bits(1);
        var count = code.counts[length];
        if (value - first < count) return code.symbols[index + value - first];
        index += count;
        first = (first + count) << 1;
        value <<= 1;
      }
      throw new Error("bad index file");
    }
    function room(n) {
      if (size + n <= out.length) return;
      var bigger = new Uint8Array(Math.max(out.length * 2, size + n));
      bigger.set(out.subarray(0, size));
      out = bigger;
    }
    var fixedLengths = new Uint8Array(288);
    fixedLengths.fill(8, 0, 144); fixedLengths.fill(9, 144, 256); fixedLengths.fill(7, 256, 280); fixedLengths.fill(8, 280, 288);
    var fixedDistances = new Uint8Array(30);
    fixedDistances.fill(5);
    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        bitBuffer = 0;
        bitCount = 0;
        var length = data[at] | data[at + 1] << 8;
        at += 4;
        room(length);
        out.set(data.subarray(at, at + length), size);
        size += length;
        at += length;
        continue;
      }
      var literals;
      var distances;
      if (type === 1) {
        literals = huffman(fixedLengths);
        distances = huffman(fixedDistances);
      } else if (type === 2) {
        var literalCount = bits(5) + 257;
        var distanceCount = bits(5) + 1;
        var codeLengthCount = bits(4) + 4;
        var codeLengths = new Uint8Array(19);
        for (var i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
        var codeLengthCode = huffman(codeLengths);
        var lengths = new Uint8Array(literalCount + distanceCount);
        for (var n = 0; n < lengths.length;) {
          var sym = symbol(codeLengthCode);
          if (sym < 16) { lengths[n++] = sym; continue; }
          var repeat = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7);
          var value = sym === 16 ? lengths[n - 1] : 0;
          while (repeat--) lengths[n++] = value;
        }
        literals = huffman(lengths.subarray(0, literalCount));
        distances = huffman(lengths.subarray(literalCount));
      } else {
        throw new Error("bad index file");
      }
      for (;;) {
        var s = symbol(literals);
        if (s < 256) { room(1); out[size++] = s; continue; }
        if (s === 256) break;
        s -= 257;
        var copy = LENGTH_BASE[s] + bits(LENGTH_BITS[s]);
        var d = symbol(distances);
        var from = size - DISTANCE_BASE[d] - bits(DISTANCE_BITS[d]);
        room(copy);
        for (var k = 0; k < copy; k++) out[size++] = out[from + k];
      }
    } while (!last);
    return out.subarray(0, size);
  }

  function Reader(bytes) {
    this.bytes = bytes;
    this.at = 0;
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

  // A set of document ids as jianbao.search.DocumentSets writes it: a list or a bitmap. Returns an array, ascending.
  Reader.prototype.documents = function () {
    var head = this.next();
    var ids = new Array(Math.floor(head / 2));
    var i = 0;
    if (head % 2 === 0) {
      for (var id = 0; i < ids.length; i++) { id += this.next(); ids[i] = id; }
      return ids;
    }
    var first = this.next();
    var length = this.next();
    for (var bit = 0; i < ids.length; bit++) {
      if (this.bytes[this.at + (bit >> 3)] >> (bit & 7) & 1) ids[i++] = first + bit;
    }
    this.at += length;
    return ids;
  };

  function compareKeys(a, b) {
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  }

  function Index(base, manifest) {
    this.base = base;
    this.manifest = manifest;
    var terms = Array.from(manifest.termShards, function (c) { return c.codePointAt(0); });
    this.termShards = [];
    for (var i = 0; i + 2 < terms.length; i += 3) this.termShards.push(terms.slice(i, i + 3));
    this.charShards = Array.from(manifest.charShards, function (c) { return [c.codePointAt(0)]; });
    this.files = {};
    this.loaded = {}; // by path: true for positions, the keys in order for other shards
    this.entries = {};
    this.prefixes = {};
    this.postings = {};
    this.packs = {};
  }

  Index.prototype.url = function (path) {
    return this.base + path + "?v=" + this.manifest.version;
  };

  // The bytes of an index file, inflated.
  Index.prototype.fetchBytes = function (path) {
    var index = this;
    if (!this.files[path]) {
      this.files[path] = fetch(this.url(path)).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.arrayBuffer();
      }).then(function (buffer) { return inflate(new Uint8Array(buffer)); });
      this.files[path].catch(function () { delete index.files[path]; });
    }
    return this.files[path];
  };

  // The shard whose first key is the last not above key.
  function shardOf(firstKeys, key) {
    var low = 0;
    var high = firstKeys.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (compareKeys(firstKeys[mid], key) <= 0) low = mid; else high = mid - 1;
    }
    return low;
  }

  // The file name of a shard: its first key, each code point in base 36, joined by "-".
  function shardName(firstKey) {
    return firstKey.map(function (cp) { return cp.toString(36); }).join("-");
  }

  // Where trigrams cover a string of length (3 or more) code points: every third one, and the last.
  function cover(length) {
    var offsets = [];
    for (var i = 0; i + 3 <= length; i += 3) offsets.push(i);
    if (offsets[offsets.length - 1] + 3 < length) offsets.push(length - 3);
    return offsets;
  }

  // Loads the shards of what finding each string (an array of code points) needs: its character,
  // the documents of every term starting with its two characters or of its trigram, or the
  // documents and positions of the trigrams that cover it. Afterwards this.entries holds those the
  // index has, and this.prefixes every term of a loaded pair.
  Index.prototype.ensure = function (strings) {
    var index = this;
    var wanted = {};
    function want(kind, firstKeys, from, to, positions) {
      if (!firstKeys.length) return; // an archive without a single issue has no shards
      for (var shard = shardOf(firstKeys, from); shard <= shardOf(firstKeys, to); shard++) {
        wanted[kind + shard] = wanted[kind + shard] || { kind: kind, shard: shard };
        if (positions) wanted[kind + shard].positions = true;
      }
    }
    strings.forEach(function (cps) {
      if (cps.length === 1) want("chars", index.charShards, cps, cps);
      else if (cps.length === 2) want("terms", index.termShards, [cps[0], cps[1], END], [cps[0], cps[1], LAST]);
      else if (cps.length === 3) want("terms", index.termShards, cps, cps);
      else cover(cps.length).forEach(function (o) { var key = cps.slice(o, o + 3); want("terms", index.termShards, key, key, true); });
    });
    return Promise.all(Object.keys(wanted).map(function (name) {
      var shard = wanted[name];
      var name = shardName((shard.kind === "terms" ? index.termShards : index.charShards)[shard.shard]);
      var path = shard.kind + "/" + name + ".bin";
      var positionsPath = "positions/" + name + ".bin";
      if (index.loaded[path] && (!shard.positions || index.loaded[positionsPath])) return null;
      return Promise.all([index.fetchBytes(path), shard.positions ? index.fetchBytes(positionsPath) : null]).then(function (files) {
        if (!index.loaded[path]) index.readShard(path, shard.kind === "terms", files[0]);
        if (files[1] && !index.loaded[positionsPath]) {
          // The positions of each entry and field, in the order of the shard.
          var reader = new Reader(files[1]);
          index.loaded[path].forEach(function (key) {
            var entry = index.entries[key];
            ["h", "r"].forEach(function (field) {
              if (!entry[field]) return;
              var length = reader.next();
              entry[field + "p"] = files[1].subarray(reader.at, reader.at + length);
              reader.at += length;
            });
          });
          index.loaded[positionsPath] = true;
        }
      });
    }));
  };

  // Reads the entries of a shard of terms or characters into this.entries; this.loaded[path] lists their keys in order.
  Index.prototype.readShard = function (path, terms, bytes) {
    var reader = new Reader(bytes);
    var count = reader.next();
    var key = terms ? [0, 0, 0] : [0];
    var keys = [];
    for (var i = 0; i < count; i++) {
      var same = i > 0;
      for (var k = 0; k < key.length; k++) {
        var value = reader.next();
        key[k] = same ? key[k] + value : value;
        same = same && value === 0;
      }
      var fields = terms ? reader.next() : 2;
      var entry = {};
      for (var f = 0; f < 2; f++) {
        if (!(fields >> f & 1)) continue;
        var length = reader.next();
        entry[f ? "r" : "h"] = bytes.subarray(reader.at, reader.at + length);
        reader.at += length;
      }
      var name = key.join();
      this.entries[name] = entry;
      keys.push(name);
      if (terms) {
        var prefix = key[0] + "," + key[1];
        (this.prefixes[prefix] = this.prefixes[prefix] || []).push(name);
      }
    }
    this.loaded[path] = keys;
  };

  // The positions of a term in a field ("h" the headline, "r" the rest): a Map from document id to
  // its sorted positions, or null.
  Index.prototype.positions = function (key, field) {
    var name = field + key;
    if (!(name in this.postings)) {
      var entry = this.entries[key];
      var map = null;
      if (entry && entry[field]) {
        map = new Map();
        var reader = new Reader(entry[field + "p"]);
        new Reader(entry[field]).documents().forEach(function (id) {
          var first = reader.next();
          var positions = [Math.floor(first / 2)];
          for (var more = first % 2 ? reader.next() : 0; more > 0; more--) {
            positions.push(positions[positions.length - 1] + reader.next());
          }
          map.set(id, positions);
        });
      }
      this.postings[name] = map;
    }
    return this.postings[name];
  };

  // The documents with the character, the pair (any term starting with it) or the trigram cps in a field: a Set.
  Index.prototype.documents = function (cps, field) {
    var index = this;
    var name = "d" + field + cps.join();
    if (!(name in this.postings)) {
      var docs = new Set();
      var keys = cps.length === 2 ? this.prefixes[cps.join()] || [] : [cps.join()];
      keys.forEach(function (key) {
        var entry = index.entries[key];
        if (entry && entry[field]) new Reader(entry[field]).documents().forEach(function (id) { docs.add(id); });
      });
      this.postings[name] = docs;
    }
    return this.postings[name];
  };

  Index.prototype.department = function (n) {
    var index = this;
    return this.fetchBytes("departments/" + n + ".bin").then(function (bytes) {
      return index.postings["department" + n] || (index.postings["department" + n] = new Set(new Reader(bytes).documents()));
    });
  };

  // What a result shows, from the pack that holds the document.
  Index.prototype.doc = function (id) {
    var index = this;
    var pack = Math.floor(id / this.manifest.packSize);
    if (!this.packs[pack]) {
      this.packs[pack] = this.fetchBytes("docs/" + pack + ".bin").then(function (bytes) {
        return JSON.parse(new TextDecoder("utf-16le").decode(bytes));
      });
      this.packs[pack].catch(function () { delete index.packs[pack]; });
    }
    return this.packs[pack].then(function (docs) { return docs[id % index.manifest.packSize]; });
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

  // The documents containing the string cps in a field (among candidates, a Set, when given): a Set
  // of ids. For two characters, those of every term starting with them; for three, those of its
  // trigram; for more, those where the trigrams covering the string occur at the right distances,
  // which proves the whole string is there.
  Index.prototype.containingIn = function (cps, field, candidates) {
    var found = new Set();
    if (cps.length <= 3) {
      this.documents(cps, field).forEach(function (id) { if (!candidates || candidates.has(id)) found.add(id); });
      return found;
    }
    var offsets = cover(cps.length);
    var lists = offsets.map(function (o) { return this.positions(cps.slice(o, o + 3).join(), field); }, this);
    if (lists.some(function (list) { return !list; })) return found;
    var smallest = lists.reduce(function (a, b) { return b.size < a.size ? b : a; });
    smallest.forEach(function (ignored, id) {
      if (candidates && !candidates.has(id)) return;
      for (var k = 0; k < lists.length; k++) if (!lists[k].has(id)) return;
      var firsts = lists[0].get(id);
      for (var f = 0; f < firsts.length; f++) {
        var all = true;
        for (var i = 1; i < lists.length && all; i++) all = has(lists[i].get(id), firsts[f] + offsets[i]);
        if (all) { found.add(id); return; }
      }
    });
    return found;
  };

  // The documents containing the string cps anywhere (among candidates, when given): a Set of ids.
  Index.prototype.containing = function (cps, candidates) {
    if (cps.length === 1) {
      var found = new Set();
      this.documents(cps, "r").forEach(function (id) { if (!candidates || candidates.has(id)) found.add(id); });
      return found;
    }
    var headline = this.containingIn(cps, "h", candidates);
    this.containingIn(cps, "r", candidates).forEach(function (id) { headline.add(id); });
    return headline;
  };

  // A term found nowhere as a whole, such as 峡窝镇采摘 typed without a space, taken as the words it
  // is made of: from the left, the longest part of two or more characters that the archive has.
  // Null when some part of it occurs nowhere. Loads what each part it tries needs, as it goes.
  Index.prototype.parts = function (term) {
    var index = this;
    var parts = [];
    function from(start, end) {
      if (start >= term.length) return parts;
      if (end - start < 2) return null;
      var part = term.slice(start, end);
      return index.ensure([part]).then(function () {
        if (!index.containing(part).size) return from(start, end - 1);
        parts.push(part);
        return from(end, term.length);
      });
    }
    return Promise.resolve(from(0, term.length));
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
    var department = filters.department ? index.manifest.departments.findIndex(function (d) { return d[1] === filters.department; }) : -1;
    var byDepartment = null;
    var split = false;
    var list = [];
    var joined = [];
    var spans = [];
    return Promise.all([
      index.ensure(typed),
      department >= 0 ? index.department(department) : null
    ]).then(function (loaded) {
      byDepartment = loaded[1];
      return Promise.all(typed.map(function (term) {
        return term.length >= 4 && index.containing(term).size === 0 ? index.parts(term) : null;
      }));
    }).then(function (partsOfTerms) {
      typed.forEach(function (term, t) {
        if (partsOfTerms[t]) split = true;
        list = list.concat(partsOfTerms[t] || [term]);
      });
      list.forEach(function (term) {
        spans.push(joined.length);
        joined = joined.concat(term);
      });
      // Runs of consecutive terms, joined, rank the results of a query of several terms.
      var runs = [];
      for (var from = 0; from < list.length; from++) {
        for (var to = from + 2; to <= list.length; to++) runs.push(joined.slice(spans[from], to < list.length ? spans[to] : joined.length));
      }
      return index.ensure(list.concat(runs));
    }).then(function () {
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
      var inHeadline = new Map();
      matched.forEach(function (id) { inHeadline.set(id, 0); });
      list.filter(function (term) { return term.length >= 2; }).forEach(function (term) {
        index.containingIn(term, "h", matched).forEach(function (id) { inHeadline.set(id, inHeadline.get(id) + 1); });
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
