// designa report: filter, sort and page the rows held as JSON in #designa-data.
// Every value is untrusted news text: cells are built with textContent only.
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
  var state = { words: [], status: "", sort: "", dir: 1, page: 0, size: 100 };
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

  function apply() {
    visible = rows.filter(function (row) {
      if (state.status && row.status !== state.status) return false;
      return state.words.every(function (word) { return row.search.indexOf(word) >= 0; });
    });
    if (state.sort) visible = visible.slice().sort(compare);
    var pages = state.size ? Math.max(1, Math.ceil(visible.length / state.size)) : 1;
    state.page = Math.min(state.page, pages - 1);
    render(pages);
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

  // The filter lives in the address too (#q=...&status=...), so a view can be shared.
  function remember() {
    var params = new URLSearchParams();
    if (filterBox.value) params.set("q", filterBox.value);
    if (state.status) params.set("status", state.status);
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
  document.querySelectorAll(".top-item").forEach(function (item) {
    item.addEventListener("click", function () {
      filterBox.value = item.dataset.filter;
      filterBox.dispatchEvent(new Event("input"));
      filterBox.scrollIntoView({ block: "start" });
    });
  });
  var initial = new URLSearchParams(location.hash.slice(1));
  filterBox.value = initial.get("q") || "";
  setWords();
  if (["asserted", "planned", "hypothetical", "negated"].indexOf(initial.get("status")) >= 0) {
    state.status = statusBox.value = initial.get("status");
  }
  apply();
  document.body.dataset.ready = "true";
})();
