// designa report: filter, sort and page the rows held as JSON in #designa-data; the
// chart and the top lists follow the filters. Every value is untrusted news text:
// cells are built with textContent only.
(function () {
  "use strict";
  var rows = JSON.parse(document.getElementById("designa-data").textContent);
  var fold = function (text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  rows.forEach(function (row) {
    row.sentence = row.pieces.map(function (p) { return p[0]; }).join("");
    row.search = fold([row.designator, row.designee, row.role, row.trigger, row.designator_norm,
      row.designee_norm, row.role_norm, row.status, row.title, row.doc, row.date, row.sentence].join("\u0001"));
  });
  var FIELDS = ["designator_norm", "designee_norm", "role_norm"];
  var STATUSES = ["asserted", "planned", "hypothetical", "negated"];
  var SVG = "http://www.w3.org/2000/svg";
  var TOP_N = 15;
  // exact: a top-list click, {field, value}: rows whose field is exactly that value.
  var state = { words: [], status: "", exact: null, sort: "", dir: 1, page: 0, size: 100 };
  var exactButton = document.getElementById("exact");
  var scope = document.getElementById("scope");
  var timeline = document.getElementById("timeline");
  var undated = document.getElementById("undated");
  // The page as written (every row, even past --max-rows), shown when no filter is on.
  var original = {
    tops: Array.prototype.map.call(document.querySelectorAll(".top ol, .top > p"), function (n) { return n.cloneNode(true); }),
    chart: timeline ? Array.prototype.map.call(timeline.childNodes, function (n) { return n.cloneNode(true); }) : [],
    undated: undated ? undated.textContent : ""
  };
  var listedAll = rows.length === Number(document.body.dataset.rows || rows.length);
  var filterBox = document.getElementById("filter");
  var statusBox = document.getElementById("status");
  var sizeBox = document.getElementById("size");
  var body = document.querySelector("#rows tbody");
  var count = document.getElementById("count");
  var prev = document.getElementById("prev");
  var next = document.getElementById("next");
  var visible = rows;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function slotCell(text, norm) {
    var td = el("td");
    if (text) td.appendChild(document.createTextNode(text));
    else td.appendChild(el("span", "empty", "(none)"));
    if (norm && norm !== text) td.appendChild(el("span", "norm", "→ " + norm));
    return td;
  }

  function rowElement(row) {
    var tr = el("tr", "row s-" + row.status);
    tr.appendChild(el("td", "date", row.date || row.published || ""));
    var status = el("td");
    status.appendChild(el("span", "badge s-" + row.status, row.status));
    tr.appendChild(status);
    tr.appendChild(slotCell(row.designator, row.designator_norm));
    tr.appendChild(slotCell(row.designee, row.designee_norm));
    tr.appendChild(slotCell(row.role, row.role_norm));
    var sentence = el("td", "sentence");
    row.pieces.forEach(function (piece) {
      if (piece[1]) sentence.appendChild(el("mark", "m-" + piece[1], piece[0]));
      else sentence.appendChild(document.createTextNode(piece[0]));
    });
    tr.appendChild(sentence);
    var article = el("td", "article");
    var label = row.title || row.doc;
    if (/^https?:\/\//i.test(row.url)) {
      var link = el("a", "", label);
      link.href = row.url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      article.appendChild(link);
    } else {
      article.appendChild(document.createTextNode(label));
    }
    if (row.title) article.appendChild(el("span", "norm", row.doc));
    tr.appendChild(article);
    return tr;
  }

  function compare(a, b) {
    var x = a[state.sort] || "", y = b[state.sort] || "";
    if (x === y) return 0;
    if (!x) return 1;  // empty values last, whichever the direction
    if (!y) return -1;
    return state.dir * x.localeCompare(y, "es", { sensitivity: "base", numeric: true });
  }

  function filtering() { return Boolean(state.words.length || state.status || state.exact); }

  function apply() {
    visible = rows.filter(function (row) {
      if (state.status && row.status !== state.status) return false;
      if (state.exact && row[state.exact.field] !== state.exact.value) return false;
      return state.words.every(function (word) { return row.search.indexOf(word) >= 0; });
    });
    summarise();
    if (state.sort) visible = visible.slice().sort(compare);
    var pages = state.size ? Math.max(1, Math.ceil(visible.length / state.size)) : 1;
    state.page = Math.min(state.page, pages - 1);
    render(pages);
  }

  // -- the chart and the top lists, for the rows the filters keep ----------------

  function summarise() {
    exactButton.hidden = !state.exact;
    exactButton.textContent = state.exact ? state.exact.field + " = " + state.exact.value + "  ✕" : "";
    if (!filtering()) {
      restoreOriginal();
      scope.hidden = true;
      return;
    }
    scope.hidden = false;
    scope.textContent = "The chart and top lists show the " + visible.length.toLocaleString() +
      " row(s) that match the filters" + (listedAll ? "." : ", among the rows listed in this page (see below).");
    drawTops();
    drawChart();
  }

  function restoreOriginal() {
    document.querySelectorAll(".top").forEach(function (panel, index) {
      var list = panel.querySelector("ol, p");
      if (list) list.replaceWith(original.tops[index].cloneNode(true));
    });
    if (timeline) timeline.replaceChildren.apply(timeline, original.chart.map(function (n) { return n.cloneNode(true); }));
    if (undated) undated.textContent = original.undated;
    markActive();
  }

  function markActive() {
    document.querySelectorAll(".top-item").forEach(function (item) {
      item.classList.toggle("active", Boolean(state.exact) && item.dataset.field === state.exact.field &&
                            item.dataset.value === state.exact.value);
    });
  }

  function drawTops() {
    document.querySelectorAll(".top").forEach(function (panel) {
      var field = panel.dataset.field;
      var counts = new Map();
      visible.forEach(function (row) {
        var value = row[field];
        if (value) counts.set(value, (counts.get(value) || 0) + 1);
      });
      var items = Array.from(counts.entries()).sort(function (a, b) {
        return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      }).slice(0, TOP_N);
      var list;
      if (!items.length) {
        list = el("p", "muted", "None.");
      } else {
        list = el("ol");
        var most = items[0][1];
        items.forEach(function (item) {
          var button = el("button", "top-item");
          button.type = "button";
          button.dataset.field = field;
          button.dataset.value = item[0];
          button.title = "Show only rows whose " + field + " is " + item[0];
          var bar = el("span", "top-bar");
          bar.style.width = (100 * item[1] / most).toFixed(1) + "%";
          button.appendChild(bar);
          button.appendChild(el("span", "top-name", item[0]));
          button.appendChild(el("span", "top-n", String(item[1])));
          var li = el("li");
          li.appendChild(button);
          list.appendChild(li);
        });
      }
      panel.querySelector("ol, p").replaceWith(list);
    });
    markActive();
  }

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function drawChart() {
    if (!timeline) return;
    var d = timeline.dataset;
    var keys = d.keys.split(" ");
    var unit = d.unit, left = Number(d.left), right = Number(d.right), top = Number(d.top);
    var base = Number(d.base), labelY = Number(d.labelY);
    var totals = new Map(keys.map(function (key) { return [key, {}]; }));
    var without = 0;
    visible.forEach(function (row) {
      var key = !row.date ? "" : unit === "day" ? row.date : unit === "month" ? row.date.slice(0, 7) : row.date.slice(0, 4);
      if (!totals.has(key)) { without += 1; return; }
      var bucket = totals.get(key);
      bucket[row.status] = (bucket[row.status] || 0) + 1;
    });
    var sum = function (bucket) { return STATUSES.reduce(function (n, s) { return n + (bucket[s] || 0); }, 0); };
    var most = Math.max.apply(null, keys.map(function (key) { return sum(totals.get(key)); }).concat([0])) || 1;
    var height = base - top, step = (right - left) / Math.max(keys.length, 1);
    var gap = Math.min(2, step * 0.2), every = Math.max(1, Math.round(keys.length / 12));
    var nodes = [];
    var ticks = most > 1 ? Array.from(new Set([0, Math.floor(most / 2), most])) : [0, 1];
    ticks.forEach(function (value) {
      var y = (base - height * value / most).toFixed(2);
      nodes.push(svg("line", { "class": "grid", x1: left, x2: right, y1: y, y2: y }));
      nodes.push(svg("text", { "class": "axis", x: left - 6, y: Number(y) + 4, "text-anchor": "end" }, String(value)));
    });
    keys.forEach(function (key, index) {
      var bucket = totals.get(key), x = left + index * step, y = base;
      var group = svg("g", { "class": "bar" });
      group.appendChild(svg("title", {}, key + ": " + STATUSES.filter(function (s) { return bucket[s]; })
        .map(function (s) { return bucket[s] + " " + s; }).join(", ")));
      STATUSES.forEach(function (status) {
        if (!bucket[status]) return;
        var h = height * bucket[status] / most;
        y -= h;
        group.appendChild(svg("rect", { "class": "s-" + status, x: (x + gap / 2).toFixed(2), y: y.toFixed(2),
                                        width: Math.max(step - gap, 0.5).toFixed(2), height: h.toFixed(2) }));
      });
      if (index % every === 0) {
        group.appendChild(svg("text", { "class": "axis", x: (x + step / 2).toFixed(2), y: labelY,
                                         "text-anchor": "middle" }, key));
      }
      nodes.push(group);
    });
    nodes.push(svg("line", { "class": "baseline", x1: left, x2: right, y1: base, y2: base }));
    timeline.replaceChildren.apply(timeline, nodes);
    if (undated) {
      undated.textContent = without ? " · " + without.toLocaleString() +
        " designation(s) without a date are not in the chart." : "";
    }
  }

  function render(pages) {
    var start = state.size ? state.page * state.size : 0;
    var end = state.size ? Math.min(visible.length, start + state.size) : visible.length;
    var fragment = document.createDocumentFragment();
    for (var i = start; i < end; i++) fragment.appendChild(rowElement(visible[i]));
    body.replaceChildren(fragment);
    count.textContent = visible.length
      ? "rows " + (start + 1).toLocaleString() + "–" + end.toLocaleString() + " of " +
        visible.length.toLocaleString() + (visible.length < rows.length ? " matching (" + rows.length.toLocaleString() + " in all)" : "")
      : rows.length ? "no row matches" : "no designations";
    prev.disabled = state.page <= 0;
    next.disabled = state.page >= pages - 1;
    document.querySelectorAll(".card").forEach(function (card) {
      card.classList.toggle("active", card.dataset.status === state.status);
    });
  }

  // The filters live in the address too (#q=...&status=...&field=...&value=...), so a
  // view can be bookmarked or sent.
  function remember() {
    var params = new URLSearchParams();
    if (filterBox.value) params.set("q", filterBox.value);
    if (state.status) params.set("status", state.status);
    if (state.exact) { params.set("field", state.exact.field); params.set("value", state.exact.value); }
    try { history.replaceState(null, "", "#" + params.toString()); } catch (error) { /* file:// in some browsers */ }
  }
  function setWords() { state.words = fold(filterBox.value).split(/\s+/).filter(Boolean); }
  filterBox.addEventListener("input", function () { setWords(); state.page = 0; remember(); apply(); });
  statusBox.addEventListener("change", function () { state.status = statusBox.value; state.page = 0; remember(); apply(); });
  sizeBox.addEventListener("change", function () { state.size = Number(sizeBox.value); state.page = 0; apply(); });
  prev.addEventListener("click", function () { state.page -= 1; apply(); });
  next.addEventListener("click", function () { state.page += 1; apply(); });
  document.querySelectorAll("th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.dataset.sort;
      state.dir = state.sort === key ? -state.dir : 1;
      state.sort = key;
      document.querySelectorAll("th[data-sort]").forEach(function (other) {
        other.classList.toggle("asc", other === th && state.dir === 1);
        other.classList.toggle("desc", other === th && state.dir === -1);
      });
      apply();
    });
  });
  document.querySelectorAll(".card").forEach(function (card) {
    card.addEventListener("click", function () {
      state.status = state.status === card.dataset.status ? "" : card.dataset.status;
      statusBox.value = state.status;
      state.page = 0;
      remember();
      apply();
    });
  });
  // A top-list click keeps exactly the rows with that value in that column (clicked
  // again, or the chip by the filter box, it is taken off). Lists are redrawn, so
  // the click is caught on their section.
  document.querySelector(".tops").addEventListener("click", function (event) {
    var item = event.target.closest(".top-item");
    if (!item) return;
    var same = state.exact && state.exact.field === item.dataset.field && state.exact.value === item.dataset.value;
    state.exact = same ? null : { field: item.dataset.field, value: item.dataset.value };
    state.page = 0;
    remember();
    apply();
  });
  exactButton.addEventListener("click", function () { state.exact = null; state.page = 0; remember(); apply(); });
  var initial = new URLSearchParams(location.hash.slice(1));
  filterBox.value = initial.get("q") || "";
  setWords();
  if (STATUSES.indexOf(initial.get("status")) >= 0) {
    state.status = statusBox.value = initial.get("status");
  }
  if (FIELDS.indexOf(initial.get("field")) >= 0 && initial.get("value") !== null) {
    state.exact = { field: initial.get("field"), value: initial.get("value") };
  }
  apply();
  document.body.dataset.ready = "true";
})();
