/* The interactive timeline: chart, actor network, map, filters, lists and details drawn from the
 * embedded page model. Python laid out the network and escaped every hover text; this script draws,
 * filters and keeps the state in the URL hash.
 *
 * Article text is data, never markup: every string from the model reaches the page through
 * textContent, only http(s) URLs become links, and Plotly (which renders its text as HTML) gets
 * hover text that Python escaped and lane labels escaped by plotlyText().
 */
(function () {
  "use strict";

  var GL_THRESHOLD = 1000;     // more dated events than this: WebGL markers (SVG gets slow)
  var DAY_MS = 86400000;
  var MAX_SUBROWS = 6;         // rows a lane may grow to so that overlapping events stay apart
  var ROW_PX = 24;
  var LIST_LIMIT = 500;
  var LANE_LABEL_CHARS = 34;
  var LANE_MODES = ["type", "actor", "pair"];
  var VIEWS = ["timeline", "network", "map"];
  var WIDE_PX = 760;           // a chart narrower than this has no legend (it would cover the buttons)
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STATUS_SYMBOLS = {reported: "circle", planned: "circle-open", hypothetical: "diamond-open",
                        negated: "x-open"};
  var STATUS_NOTES = {planned: "planned or announced, not (yet) reported as happened",
                      hypothetical: "hypothetical: conditional or speculative",
                      negated: "negated: reported as not happening"};

  var model = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = model.events;
  var documents = model.documents;
  var byId = new Map();
  var quadInfo = new Map();
  model.quad_classes.forEach(function (quad) { quadInfo.set(quad.key, quad); });
  events.forEach(function (event) {
    byId.set(event.id, event);
    if (event.first) {
      event._t0 = Date.parse(event.first);
      event._t1 = Date.parse(event.x_end);
      event._tmid = event._t0 + DAY_MS / 2;
    }
    event._actorNames = unique(event.actors.map(function (actor) { return actor.name; }).filter(Boolean));
    event._search = normalise([event.title, event.type_label, event.place || ""]
      .concat(event.actors.map(function (actor) { return actor.name; }))
      .concat(event.sources.map(function (source) { return source.parts.join(""); }))
      .join("\n"));
  });
  var datedTotal = events.filter(function (event) { return event.first; }).length;
  var useGl = datedTotal > GL_THRESHOLD;
  var typeCounts = countBy(events, function (event) { return [event.type]; });
  var actorCounts = countBy(events, function (event) { return event._actorNames; });
  var countryCounts = countBy(events, function (event) { return event.countries; });
  var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
  // The filters whose options show how many events each would give, given the other filters.
  var FACETS = {
    type: function (event) { return [event.type]; },
    country: function (event) { return event.countries; },
    actors: function (event) { return event._actorNames; }
  };
  var quadCounts = countBy(events, function (event) { return [String(event.quad)]; });
  var quadKeys = model.quad_classes.map(function (quad) { return quad.key; })
    .filter(function (key) { return key !== 0 || quadCounts.has("0"); });

  var state = {view: "timeline", lanes: "type", type: "", country: "", actors: new Set(), quads: new Set(quadKeys),
               from: "", to: "", text: "", event: ""};

  var chart = el("chart");
  var chartReady = false;
  var networkChart = el("network");
  var networkReady = false;
  var mapChart = el("map");
  var mapReady = false;
  var plotFont = {family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size: 13, color: "#1d232b"};
  var hoverStyle = {align: "left", bgcolor: "#ffffff", bordercolor: "#59616b", font: {color: "#1d232b", size: 12}};

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  function el(id) { return document.getElementById(id); }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function normalise(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function unique(values) { return Array.from(new Set(values)); }

  function countBy(items, keys) {
    var counts = new Map();
    items.forEach(function (item) {
      keys(item).forEach(function (key) { counts.set(key, (counts.get(key) || 0) + 1); });
    });
    return counts;
  }

  // Plotly draws tick labels as HTML: data must be escaped before it gets there.
  function plotlyText(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function shorten(text, limit) {
    return text.length <= limit ? text : text.slice(0, limit - 1) + "…";
  }

  function dayText(iso) {
    var parts = iso.split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function httpUrl(url) {
    if (typeof url !== "string") return null;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  // HTML does not treat U+2028/U+2029 as white space: without this, words either side run together.
  function lineBreaksAsSpaces(text) { return text.replace(/[\u2028\u2029]/g, " "); }

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  // ---------------------------------------------------------------------------------------------
  // Filters and the URL hash

  // The filters an event fails: a facet's name ("type", "country", "actors"), or "other" for the
  // rest (cooperation/conflict, dates, words). All filters combine: an event is shown if it fails none.
  function failing(event, words) {
    var failed = [];
    if (!state.quads.has(event.quad) || !inDates(event)
        || !words.every(function (word) { return event._search.indexOf(word) !== -1; })) {
      failed.push("other");
    }
    if (state.type && event.type !== state.type) failed.push("type");
    if (state.country && event.countries.indexOf(state.country) === -1) failed.push("country");
    if (state.actors.size && !event._actorNames.some(function (name) { return state.actors.has(name); })) {
      failed.push("actors");
    }
    return failed;
  }

  // Dated events whose days overlap the chosen range; an undated event cannot be placed in one.
  function inDates(event) {
    if (!state.from && !state.to) return true;
    if (!event.first) return false;
    return !(state.from && event.last < state.from) && !(state.to && event.first > state.to);
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var view = params.get("view");
    state.view = VIEWS.indexOf(view) !== -1 ? view : "timeline";
    var lanes = params.get("lanes");
    state.lanes = LANE_MODES.indexOf(lanes) !== -1 ? lanes : "type";
    var type = params.get("type") || "";
    state.type = typeCounts.has(type) ? type : "";
    var country = params.get("country") || "";
    state.country = countryCounts.has(country) ? country : "";
    state.from = ISO_DAY.test(params.get("from") || "") ? params.get("from") : "";
    state.to = ISO_DAY.test(params.get("to") || "") ? params.get("to") : "";
    state.actors = new Set(params.getAll("actor").filter(function (name) { return actorCounts.has(name); }));
    var quads = params.get("quad");
    state.quads = new Set(quads === null ? quadKeys : quads.split(",").filter(Boolean).map(Number).filter(function (key) {
      return quadKeys.indexOf(key) !== -1;
    }));
    state.text = params.get("q") || "";
    var selected = params.get("event") || "";
    state.event = byId.has(selected) ? selected : "";
  }

  function writeHash() {
    var params = new URLSearchParams();
    if (state.view !== "timeline") params.set("view", state.view);
    if (state.lanes !== "type") params.set("lanes", state.lanes);
    if (state.type) params.set("type", state.type);
    if (state.country) params.set("country", state.country);
    if (state.from) params.set("from", state.from);
    if (state.to) params.set("to", state.to);
    state.actors.forEach(function (name) { params.append("actor", name); });
    if (state.quads.size !== quadKeys.length) params.set("quad", Array.from(state.quads).sort().join(","));
    if (state.text) params.set("q", state.text);
    if (state.event) params.set("event", state.event);
    var hash = params.toString();
    var target = hash ? "#" + hash : location.pathname + location.search;
    if ((location.hash.replace(/^#/, "")) === hash) return;
    try {
      history.replaceState(null, "", target);
    } catch (error) {  // some browsers refuse replaceState on file:// pages
      location.hash = hash;
    }
  }

  function setupControls() {
    var laneSelect = el("lane-mode");
    laneSelect.addEventListener("change", function () { state.lanes = laneSelect.value; update(); });

    var typeSelect = el("filter-type");
    typeSelect.appendChild(option("", "All types", events.length));
    Array.from(typeCounts.keys()).sort(function (a, b) {
      return typeCounts.get(b) - typeCounts.get(a) || a.localeCompare(b);
    }).forEach(function (type) {
      typeSelect.appendChild(option(type, byType(type), typeCounts.get(type)));
    });
    typeSelect.addEventListener("change", function () { state.type = typeSelect.value; update(); });

    var countrySelect = el("filter-country");
    countrySelect.appendChild(option("", "All countries", events.length));
    Array.from(countryCounts.keys()).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (name) {
      countrySelect.appendChild(option(name, name, countryCounts.get(name)));
    });
    countrySelect.disabled = countryCounts.size === 0;
    countrySelect.addEventListener("change", function () { state.country = countrySelect.value; update(); });

    var actorSelect = el("filter-actors");
    Array.from(actorCounts.keys()).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (name) {
      actorSelect.appendChild(option(name, name, actorCounts.get(name)));
    });
    actorSelect.disabled = actorCounts.size === 0;
    actorSelect.addEventListener("change", function () {
      // Options hidden by the search keep their selection.
      Array.from(actorSelect.options).forEach(function (opt) {
        if (opt.hidden) return;
        if (opt.selected) state.actors.add(opt.value); else state.actors.delete(opt.value);
      });
      update();
    });
    setupActorSearch(actorSelect);

    [["filter-from", "from"], ["filter-to", "to"]].forEach(function (pair) {
      var input = el(pair[0]);
      if (model.summary.first) { input.min = model.summary.first; input.max = model.summary.last; }
      input.disabled = !model.summary.first;
      input.addEventListener("change", function () {
        state[pair[1]] = ISO_DAY.test(input.value) ? input.value : "";
        update();
      });
    });

    var quadBox = el("filter-quad");
    quadKeys.forEach(function (key) {
      var info = quadInfo.get(key);
      var label = make("label", "quad-option");
      var box = make("input");
      box.type = "checkbox";
      box.value = String(key);
      box.id = "quad-" + key;
      box.setAttribute("aria-label", "Show " + info.label.toLowerCase() + " events");
      box.addEventListener("change", function () {
        if (box.checked) state.quads.add(key); else state.quads.delete(key);
        update();
      });
      var swatch = make("span", "swatch");
      swatch.style.background = info.color;
      swatch.setAttribute("aria-hidden", "true");
      label.appendChild(box);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(info.label + " (" + (quadCounts.get(String(key)) || 0) + ")"));
      quadBox.appendChild(label);
    });

    var textInput = el("filter-text");
    var timer = 0;
    textInput.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.text = textInput.value.trim(); update(); }, 150);
    });

    el("clear-filters").addEventListener("click", function () {
      state.type = "";
      state.country = "";
      state.from = state.to = "";
      el("filter-actor-search").value = "";
      searchActors("");
      state.actors = new Set();
      state.quads = new Set(quadKeys);
      state.text = "";
      update();
    });

    window.addEventListener("hashchange", function () { readHash(); update(); });
    var wide = isWide();
    window.addEventListener("resize", function () {  // the legend shows only on a wide chart
      if (isWide() !== wide) { wide = !wide; update(); }
    });
    // On a phone the filters would fill the first screen: they start folded unless some are set.
    if (window.innerWidth < 600 && !filtersSet()) el("controls-box").open = false;
    setupTabs();
    setupNetworkList();
  }

  function isWide() { return el("chart-area").clientWidth >= WIDE_PX; }

  function filtersSet() {
    return Boolean(state.type || state.country || state.actors.size || state.from || state.to || state.text
      || state.quads.size !== quadKeys.length);
  }

  // The actor list narrowed as one types; Enter selects the first match not yet selected.
  function setupActorSearch(actorSelect) {
    var search = el("filter-actor-search");
    search.disabled = actorSelect.disabled;
    search.addEventListener("input", function () { searchActors(search.value); });
    search.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      var first = Array.from(actorSelect.options).find(function (opt) { return !opt.hidden && !opt.selected; });
      if (!first) return;
      state.actors.add(first.value);
      search.value = "";
      searchActors("");
      update();
    });
  }

  function searchActors(text) {
    var words = normalise(text).split(/\s+/).filter(Boolean);
    Array.from(el("filter-actors").options).forEach(function (opt) {
      if (!opt._key) opt._key = normalise(opt.value);
      opt.hidden = !words.every(function (word) { return opt._key.indexOf(word) !== -1; });
    });
  }

  // The selected actors as buttons that remove them: visible even when the list is scrolled or searched.
  function showActorChips() {
    var chips = el("actor-chips");
    clear(chips);
    Array.from(state.actors).sort().forEach(function (name) {
      var item = make("li");
      var button = make("button", null, name + " ×");
      button.type = "button";
      button.setAttribute("aria-label", "Remove " + name + " from the actor filter");
      button.addEventListener("click", function () {
        state.actors.delete(name);
        update();
      });
      item.appendChild(button);
      chips.appendChild(item);
    });
  }

  // Tabs as the ARIA authoring practices describe them: one tab stop, arrows move between the tabs.
  function setupTabs() {
    var tabs = VIEWS.map(function (view) { return el("tab-" + view); });
    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () { showView(VIEWS[index]); });
      tab.addEventListener("keydown", function (event) {
        var next = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1}[event.key];
        if (next === undefined) return;
        event.preventDefault();
        next = (next + tabs.length) % tabs.length;
        showView(VIEWS[next]);
        tabs[next].focus();
      });
    });
  }

  function showView(view) {
    if (state.view === view) return;
    state.view = view;
    update();
  }

  function syncTabs() {
    VIEWS.forEach(function (view) {
      var tab = el("tab-" + view);
      var current = view === state.view;
      tab.setAttribute("aria-selected", current ? "true" : "false");
      tab.tabIndex = current ? 0 : -1;
      el("panel-" + view).hidden = !current;
    });
  }

  // The keyboard's way to what a click on a network node does.
  function setupNetworkList() {
    var network = model.network;
    var kinds = new Map();
    network.kinds.forEach(function (kind) { kinds.set(kind.key, kind); });
    el("network-list-title").textContent = "Actors in the network (" + network.nodes.length + ")";
    var list = el("network-list");
    network.nodes.forEach(function (node) {
      var item = make("li");
      var button = make("button", "actor-link");
      button.type = "button";
      var kind = kinds.get(node.kind);
      var swatch = make("span", "swatch swatch-" + kind.symbol);
      swatch.style.background = kind.color;
      swatch.setAttribute("aria-hidden", "true");
      button.appendChild(swatch);
      button.appendChild(make("span", "what", node.name));
      button.appendChild(make("span", "extra", kind.label + " · " + plural(node.events, "event")));
      button.setAttribute("aria-label", "Show the events of " + node.name + " on the timeline ("
        + plural(node.events, "event") + ")");
      button.addEventListener("click", function () { filterToActor(node.name); });
      item.appendChild(button);
      list.appendChild(item);
    });
    el("network-list-box").hidden = !network.nodes.length;
  }

  // A click on an actor (node or list): the timeline, filtered to that actor's events.
  function filterToActor(name) {
    if (!actorCounts.has(name)) return;
    state.actors = new Set([name]);
    state.view = "timeline";
    update();
    el("tab-timeline").focus({preventScroll: true});
    var area = el("chart-area");
    if (area.getBoundingClientRect().top < 0) area.scrollIntoView({block: "start"});
  }

  function byType(type) {
    for (var i = 0; i < events.length; i++) if (events[i].type === type) return events[i].type_label;
    return type;
  }

  function option(value, label, count) {
    var node = make("option", null, label + " (" + count + ")");
    node.value = value;
    node._label = label;
    return node;
  }

  function syncControls() {
    el("lane-mode").value = state.lanes;
    el("filter-type").value = state.type;
    el("filter-country").value = state.country;
    el("filter-from").value = state.from;
    el("filter-to").value = state.to;
    showActorChips();
    Array.from(el("filter-actors").options).forEach(function (opt) { opt.selected = state.actors.has(opt.value); });
    quadKeys.forEach(function (key) { el("quad-" + key).checked = state.quads.has(key); });
    var textInput = el("filter-text");
    if (textInput.value.trim() !== state.text) textInput.value = state.text;
  }

  // ---------------------------------------------------------------------------------------------
  // The chart

  // Lanes, rows and positions: each lane grows sub-rows so that events close in time do not hide
  // each other; lanes with the most events come first.
  function layoutLanes(dated, viewMs) {
    var lanes = new Map();
    dated.forEach(function (event) {
      event.lanes[state.lanes].forEach(function (lane) {
        if (!lanes.has(lane)) lanes.set(lane, []);
        lanes.get(lane).push(event);
      });
    });
    var order = Array.from(lanes.keys()).sort(function (a, b) {
      return lanes.get(b).length - lanes.get(a).length || a.localeCompare(b);
    });
    var lo = Infinity, hi = -Infinity;
    dated.forEach(function (event) { lo = Math.min(lo, event._t0); hi = Math.max(hi, event._t1); });
    var gap = Math.max(viewMs * 0.012, DAY_MS);  // about one marker's width in the first view
    var items = [], ticks = [], labels = [], bands = [], row = 0;
    order.forEach(function (lane) {
      var list = lanes.get(lane).slice().sort(function (a, b) { return a._t0 - b._t0 || a._t1 - b._t1; });
      var rowEnds = [];
      list.forEach(function (event) {
        var start = event.span ? event._t0 : event._tmid - gap / 2;
        var end = event.span ? event._t1 : event._tmid + gap / 2;
        var sub = rowEnds.findIndex(function (rowEnd) { return rowEnd <= start; });
        if (sub === -1 && rowEnds.length < MAX_SUBROWS) {
          sub = rowEnds.length;
          rowEnds.push(end);
        } else if (sub === -1) {
          sub = rowEnds.indexOf(Math.min.apply(null, rowEnds));
          rowEnds[sub] = Math.max(rowEnds[sub], end);
        } else {
          rowEnds[sub] = end;
        }
        items.push({event: event, y: row + sub});
      });
      var rows = Math.max(1, rowEnds.length);
      ticks.push(row + (rows - 1) / 2);
      labels.push(plotlyText(shorten(lane, LANE_LABEL_CHARS)));
      bands.push({y0: row - 0.5, y1: row + rows - 0.5});
      row += rows;
    });
    return {items: items, ticks: ticks, labels: labels, bands: bands, rows: row, lo: lo, hi: hi};
  }

  function markerSize(event) { return 8 + 4 * Math.sqrt(Math.max(Math.min(event.sources.length, 16) - 1, 0)); }

  function barWidth(event) { return 0.36 + 0.08 * Math.min(Math.max(event.sources.length - 1, 0), 5); }

  // Coarser dates draw fainter: a year-long bar must not outweigh a dated meeting.
  function barOpacity(event) {
    var days = (event._t1 - event._t0) / DAY_MS;
    return days <= 8 ? 0.85 : days <= 31 ? 0.7 : days <= 92 ? 0.55 : 0.4;
  }

  function traces(lanes) {
    var result = [];
    quadKeys.forEach(function (key) {
      var info = quadInfo.get(key);
      var group = lanes.items.filter(function (item) { return item.event.quad === key; });
      var points = group.filter(function (item) { return !item.event.span; });
      var spans = group.filter(function (item) { return item.event.span; });
      if (!group.length) return;
      // The legend entry is a plain swatch of its own: the first real mark may be hollow or hatched.
      result.push({type: "scatter", mode: "markers", x: [null], y: [null], name: info.label,
                   legendgroup: "quad" + key, showlegend: true, hoverinfo: "skip",
                   marker: {color: info.color, size: 12, symbol: "circle", line: {color: "#1a1a1a", width: 0.6}}});
      if (spans.length) {
        result.push({
          type: "bar", orientation: "h", name: info.label, legendgroup: "quad" + key, showlegend: false,
          base: spans.map(function (item) { return item.event.first; }),
          x: spans.map(function (item) { return item.event._t1 - item.event._t0; }),
          y: spans.map(function (item) { return item.y; }),
          width: spans.map(function (item) { return barWidth(item.event); }),
          customdata: spans.map(function (item) { return item.event.id; }),
          hovertext: spans.map(function (item) { return item.event.hover; }),
          hoverinfo: "text",
          marker: {
            color: info.color,
            opacity: spans.map(function (item) { return barOpacity(item.event); }),
            line: {color: info.color, width: 1},
            pattern: {
              shape: spans.map(function (item) { return item.event.status === "reported" ? "" : "/"; }),
              fgcolor: "#ffffff", size: 6, solidity: 0.35
            }
          }
        });
      }
      if (points.length) {
        result.push({
          type: useGl ? "scattergl" : "scatter", mode: "markers", name: info.label,
          legendgroup: "quad" + key, showlegend: false,
          x: points.map(function (item) { return item.event.first + " 12:00"; }),
          y: points.map(function (item) { return item.y; }),
          customdata: points.map(function (item) { return item.event.id; }),
          hovertext: points.map(function (item) { return item.event.hover; }),
          hoverinfo: "text",
          marker: {
            color: info.color,
            size: points.map(function (item) { return markerSize(item.event); }),
            symbol: points.map(function (item) { return STATUS_SYMBOLS[item.event.status] || "circle"; }),
            opacity: 0.9,
            line: {color: "#1a1a1a", width: points.map(function (item) {
              return item.event.status === "reported" ? 0.6 : 2;
            })}
          }
        });
      }
    });
    return result;
  }

  function selectionMarks(lanes) {
    var chosen = lanes.items.filter(function (item) { return item.event.id === state.event; });
    var shapes = [], ring = null;
    chosen.forEach(function (item) {
      if (item.event.span) {
        shapes.push({type: "rect", xref: "x", yref: "y", x0: item.event.first, x1: item.event.x_end,
                     y0: item.y - 0.45, y1: item.y + 0.45, line: {color: "#111", width: 2}});
      }
    });
    var points = chosen.filter(function (item) { return !item.event.span; });
    if (points.length) {
      ring = {
        type: "scatter", mode: "markers", showlegend: false, hoverinfo: "skip", name: "selected",
        x: points.map(function (item) { return item.event.first + " 12:00"; }),
        y: points.map(function (item) { return item.y; }),
        marker: {symbol: "circle-open", color: "#111", line: {width: 2.5},
                 size: points.map(function (item) { return markerSize(item.event) + 10; })}
      };
    }
    return {shapes: shapes, ring: ring};
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  // The first view covers the events dated to a quarter or better, so that one "18th century"
  // mention does not squash the rest into a sliver; the range slider and "all" still reach it.
  function firstView(dated) {
    var fine = dated.filter(function (event) { return event._t1 - event._t0 <= 92 * DAY_MS; });
    var basis = fine.length ? fine : dated;
    var lo = Infinity, hi = -Infinity;
    basis.forEach(function (event) { lo = Math.min(lo, event._t0); hi = Math.max(hi, event._t1); });
    if (hi - lo < 30 * DAY_MS) {  // a short story: a month around it, not hours
      var middle = (lo + hi) / 2;
      lo = middle - 16 * DAY_MS;
      hi = middle + 16 * DAY_MS;
    } else {
      var pad = Math.max((hi - lo) * 0.03, 2 * DAY_MS);
      lo -= pad;
      hi += pad;
    }
    var outside = dated.filter(function (event) { return event._t1 <= lo || event._t0 >= hi; }).length;
    return {lo: lo, hi: hi, outside: outside};
  }

  function drawChart(dated) {
    var empty = el("chart-empty");
    if (!dated.length) {
      chart.hidden = true;
      empty.hidden = false;
      el("chart-note").hidden = true;
      empty.textContent = datedTotal
        ? "No dated event matches these filters."
        : "No event in these articles could be placed on the calendar, so there is nothing to draw. "
          + "See the undated events below.";
      return;
    }
    chart.hidden = false;
    empty.hidden = true;
    var view = firstView(dated);
    var lanes = layoutLanes(dated, view.hi - view.lo);
    var plotHeight = lanes.rows * ROW_PX + 40;
    var height = Math.max(340, plotHeight + 170);
    var data = traces(lanes);
    var marks = selectionMarks(lanes);
    if (marks.ring) data.push(marks.ring);
    var shapes = lanes.bands.map(function (band, index) {
      return {type: "rect", xref: "paper", yref: "y", x0: 0, x1: 1, y0: band.y0, y1: band.y1, layer: "below",
              line: {width: 0}, fillcolor: index % 2 ? "#ffffff" : "#f3f5f8"};
    }).concat(marks.shapes);
    var xaxis = {
      type: "date", showgrid: true, gridcolor: "#e3e6ea", automargin: true, title: {text: ""},
      rangeslider: {visible: true, thickness: Math.min(0.15, 48 / height)},
      rangeselector: {
        x: 0, y: 1.01, yanchor: "bottom",
        buttons: [
          {count: 1, label: "1m", step: "month", stepmode: "backward"},
          {count: 6, label: "6m", step: "month", stepmode: "backward"},
          {count: 1, label: "1y", step: "year", stepmode: "backward"},
          {label: "all", step: "all"}
        ]
      }
    };
    xaxis.range = [isoDay(view.lo), isoDay(view.hi)];
    xaxis.rangeslider.range = [isoDay(Math.min(view.lo, lanes.lo)), isoDay(Math.max(view.hi, lanes.hi))];
    var note = el("chart-note");
    note.hidden = !view.outside;
    note.textContent = view.outside ? plural(view.outside, "event") + " dated only coarsely (a year or more) "
      + (view.outside === 1 ? "lies" : "lie") + " outside this first view: press “all” to see every event." : "";
    var layout = {
      height: height,
      margin: {l: 10, r: 20, t: 56, b: 10},
      font: plotFont,
      paper_bgcolor: "#ffffff", plot_bgcolor: "#ffffff",
      hovermode: "closest",
      hoverlabel: hoverStyle,
      barmode: "overlay",
      dragmode: "zoom",
      uirevision: "timeline",  // keeps the reader's zoom while filters change
      // On a narrow chart the legend would cover the range buttons; the colour key of the
      // cooperation/conflict filter above says the same.
      showlegend: isWide(),
      legend: {orientation: "h", x: 1, xanchor: "right", y: 1.01, yanchor: "bottom",
               itemclick: "toggle", itemdoubleclick: "toggleothers"},
      xaxis: xaxis,
      yaxis: {tickvals: lanes.ticks, ticktext: lanes.labels, range: [lanes.rows - 0.5, -0.5],
              fixedrange: true, automargin: true, zeroline: false, showgrid: false, ticks: ""},
      shapes: shapes
    };
    var config = {responsive: true, displaylogo: false, scrollZoom: false,
                  modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
                  toImageButtonOptions: {filename: "timeline"}};
    Plotly.react(chart, data, layout, config);
    if (!chartReady) {
      chartReady = true;
      chart.on("plotly_click", function (click) {
        var point = click && click.points && click.points[0];
        if (point && typeof point.customdata === "string" && byId.has(point.customdata)) {
          select(point.customdata, false);
        }
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The actor network: Python laid it out and built its traces; here it is drawn, the actors of the
  // actor filter are ringed, and a click on a node filters the timeline to that actor.

  function drawNetwork() {
    var network = model.network;
    var empty = el("network-empty");
    var note = el("network-note");
    note.textContent = networkNote(network);
    if (!network.nodes.length) {
      networkChart.hidden = true;
      empty.hidden = false;
      empty.textContent = "No event names an actor, so there is no network to draw.";
      return;
    }
    networkChart.hidden = false;
    empty.hidden = true;
    var data = network.traces.slice();
    var chosen = network.nodes.filter(function (node) { return state.actors.has(node.name); });
    if (chosen.length) {
      data.push({type: "scatter", mode: "markers", name: "chosen", showlegend: false, hoverinfo: "skip",
                 x: chosen.map(function (node) { return node.x; }),
                 y: chosen.map(function (node) { return node.y; }),
                 marker: {symbol: "circle-open", color: "#111", line: {width: 2.5},
                          size: chosen.map(function (node) { return node.size + 12; })}});
    }
    var width = el("chart-area").clientWidth;
    var layout = {
      height: Math.round(Math.max(380, Math.min(760, width * 0.8))),
      margin: {l: 10, r: 10, t: isWide() ? 40 : 10, b: 10},
      font: plotFont, paper_bgcolor: "#ffffff", plot_bgcolor: "#ffffff",
      hovermode: "closest", hoverlabel: hoverStyle, dragmode: "pan",
      uirevision: "network",
      showlegend: isWide(),
      legend: {orientation: "h", x: 0, y: 1.0, yanchor: "bottom", itemclick: "toggle",
               itemdoubleclick: "toggleothers"},
      xaxis: {visible: false, range: [-1.12, 1.12]},
      yaxis: {visible: false, range: [-1.12, 1.12], scaleanchor: "x", scaleratio: 1}
    };
    var config = {responsive: true, displaylogo: false, scrollZoom: false,
                  modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
                  toImageButtonOptions: {filename: "actor-network"}};
    Plotly.react(networkChart, data, layout, config);
    if (!networkReady) {
      networkReady = true;
      networkChart.on("plotly_click", function (click) {
        var point = click && click.points && click.points[0];
        if (point && typeof point.customdata === "string") filterToActor(point.customdata);
      });
    }
  }

  function networkNote(network) {
    var text = network.actors_shown < network.actors_total
      ? "The " + network.actors_shown + " actors with the most events, of " + network.actors_total
        + " named, and the " + plural(network.links_shown, "link") + " between them ("
        + network.links_total + " links in all)."
      : plural(network.actors_total, "actor") + " and the " + plural(network.links_total, "link")
        + " between them.";
    return text + " Drawn from every event; the filters apply to the timeline and the map. Click an actor "
      + "to see its events on the timeline.";
  }

  // ---------------------------------------------------------------------------------------------
  // The map: shown events that name a place with coordinates. There is no base map: Plotly fetches
  // coastlines and borders from its servers, and this page loads nothing from the network.

  function drawMap(shown) {
    var located = shown.filter(function (event) { return event.lat !== null; });
    var empty = el("map-empty");
    el("map-note").textContent = located.length + " of " + plural(shown.length, "event") + " shown "
      + (located.length === 1 ? "names a place" : "name a place") + " with coordinates ("
      + model.located + " of " + events.length + " in all).";
    if (!located.length) {
      mapChart.hidden = true;
      empty.hidden = false;
      empty.textContent = model.located ? "No event with a place matches these filters."
        : "No event in these articles names a place with coordinates, so there is nothing to map.";
      return;
    }
    mapChart.hidden = false;
    empty.hidden = true;
    var spots = fanOut(located);
    var data = [];
    quadKeys.forEach(function (key) {
      var info = quadInfo.get(key);
      var group = spots.filter(function (spot) { return spot.event.quad === key; });
      if (!group.length) return;
      data.push({
        type: "scattergeo", mode: "markers", name: info.label,
        lat: group.map(function (spot) { return spot.lat; }),
        lon: group.map(function (spot) { return spot.lon; }),
        customdata: group.map(function (spot) { return spot.event.id; }),
        hovertext: group.map(function (spot) { return spot.event.map_hover; }),
        hoverinfo: "text",
        marker: {
          color: info.color, opacity: 0.9,
          size: group.map(function (spot) { return markerSize(spot.event) + 2; }),
          symbol: group.map(function (spot) { return STATUS_SYMBOLS[spot.event.status] || "circle"; }),
          line: {color: "#1a1a1a", width: group.map(function (spot) {
            return spot.event.status === "reported" ? 0.6 : 2;
          })}
        }
      });
    });
    var bounds = mapBounds(spots);
    var width = el("chart-area").clientWidth;
    var top = isWide() ? 36 : 4;
    // The map's own shape (an equirectangular view is as tall as its latitudes are long), so no band
    // of blank page sits above and below it.
    var shape = (bounds.lat[1] - bounds.lat[0]) / (bounds.lon[1] - bounds.lon[0]);
    var height = Math.round(Math.max(160, Math.min(680, (width - 8) * shape + top + 8)));
    var pxPerDegree = Math.min((width - 8) / (bounds.lon[1] - bounds.lon[0]),
                               (height - top - 8) / (bounds.lat[1] - bounds.lat[0]));
    var places = placeLabels(located, pxPerDegree);
    data.push({type: "scattergeo", mode: "text", name: "places", showlegend: false, hoverinfo: "skip",
               lat: places.map(function (place) { return place.lat; }),
               lon: places.map(function (place) { return place.lon; }),
               text: places.map(function (place) { return plotlyText(shorten(place.name, 24)); }),
               textposition: "bottom center",
               textfont: {size: 11, color: "#3b434c", shadow: "0 0 3px #ffffff, 0 0 2px #ffffff"}});
    data.push(gridLabels(bounds, pxPerDegree));
    var chosen = spots.filter(function (spot) { return spot.event.id === state.event; });
    if (chosen.length) {
      data.push({type: "scattergeo", mode: "markers", name: "selected", showlegend: false, hoverinfo: "skip",
                 lat: chosen.map(function (spot) { return spot.lat; }),
                 lon: chosen.map(function (spot) { return spot.lon; }),
                 marker: {symbol: "circle-open", color: "#111", line: {width: 2.5},
                          size: chosen.map(function (spot) { return markerSize(spot.event) + 12; })}});
    }
    var layout = {
      height: height,
      margin: {l: 4, r: 4, t: top, b: 4},
      font: plotFont, paper_bgcolor: "#ffffff",
      hovermode: "closest", hoverlabel: hoverStyle,
      uirevision: "map",
      showlegend: isWide(),
      legend: {orientation: "h", x: 0, y: 1.0, yanchor: "bottom"},
      geo: {
        projection: {type: "equirectangular"},
        // Land, coasts and borders come from the world map the page carries (PlotlyGeoAssets);
        // lakes, rivers and subunits would need other maps, which Plotly would fetch.
        resolution: 110, scope: "world",
        showland: true, landcolor: "#eef1f4", showocean: false, showlakes: false, showrivers: false,
        showcountries: true, countrycolor: "#c3cbd3", countrywidth: 0.6,
        showcoastlines: true, coastlinecolor: "#aab2bc", coastlinewidth: 0.6, showsubunits: false,
        showframe: true, framecolor: "#aab2bc", bgcolor: "#f3f6f9",
        lonaxis: {range: bounds.lon, showgrid: true, gridcolor: "#d5dbe1", dtick: bounds.step},
        lataxis: {range: bounds.lat, showgrid: true, gridcolor: "#d5dbe1", dtick: bounds.step}
      }
    };
    var config = {responsive: true, displaylogo: false, scrollZoom: false,
                  toImageButtonOptions: {filename: "event-map"}};
    Plotly.react(mapChart, data, layout, config);
    if (!mapReady) {
      mapReady = true;
      mapChart.on("plotly_click", function (click) {
        var point = click && click.points && click.points[0];
        if (point && typeof point.customdata === "string" && byId.has(point.customdata)) {
          select(point.customdata, false);
        }
      });
    }
  }

  // Events at the same place sit on a small spiral around it, so each one can be pointed at.
  function fanOut(located) {
    var seen = new Map();
    var lats = located.map(function (event) { return event.lat; });
    var lons = located.map(function (event) { return event.lon; });
    var spread = Math.max(Math.max.apply(null, lats) - Math.min.apply(null, lats),
                          Math.max.apply(null, lons) - Math.min.apply(null, lons), 8);
    return located.slice().sort(byDate).map(function (event) {
      var key = event.lat + "," + event.lon;
      var rank = seen.get(key) || 0;
      seen.set(key, rank + 1);
      if (!rank) return {event: event, lat: event.lat, lon: event.lon};
      var radius = spread * 0.012 * Math.sqrt(rank);
      var angle = rank * 2.39996;  // the golden angle: neighbours on the spiral do not line up
      return {event: event, lat: Math.max(-89.9, Math.min(89.9, event.lat + radius * Math.sin(angle))),
              lon: Math.max(-179.9, Math.min(179.9, event.lon + radius * Math.cos(angle)))};
    });
  }

  // Names of the places with the most events first, leaving out a name that would sit on one
  // already written (Plotly does not move labels apart).
  function placeLabels(located, pxPerDegree) {
    var places = new Map();
    located.forEach(function (event) {
      var key = event.lat + "," + event.lon;
      if (!places.has(key)) {
        places.set(key, {lat: event.lat, lon: event.lon, name: (event.place || "").split(", ")[0], events: 0});
      }
      places.get(key).events += 1;
    });
    var lonGap = 80 / pxPerDegree, latGap = 16 / pxPerDegree;  // about a label's size
    var kept = [];
    Array.from(places.values()).sort(function (a, b) {
      return b.events - a.events || a.name.localeCompare(b.name);
    }).forEach(function (place) {
      var crowded = kept.some(function (other) {
        return Math.abs(other.lon - place.lon) < lonGap && Math.abs(other.lat - place.lat) < latGap;
      });
      if (!crowded && place.name) kept.push(place);
    });
    return kept;
  }

  // Without a base map, coordinates along the frame say where on Earth the view is.
  function gridLabels(bounds, pxPerDegree) {
    var lat = [], lon = [], text = [];
    var every = bounds.step * pxPerDegree < 44 ? 2 : 1;  // every other line when labels would touch
    var latEdge = bounds.lat[0] + (bounds.lat[1] - bounds.lat[0]) * 0.02;
    var lonEdge = bounds.lon[0] + (bounds.lon[1] - bounds.lon[0]) * 0.015;
    for (var x = bounds.lon[0] + bounds.step * every; x < bounds.lon[1]; x += bounds.step * every) {
      lat.push(latEdge);
      lon.push(x);
      text.push(Math.abs(x) + "°" + (x > 0 ? "E" : x < 0 ? "W" : ""));
    }
    for (var y = bounds.lat[0] + bounds.step * every; y < bounds.lat[1]; y += bounds.step * every) {
      lat.push(y);
      lon.push(lonEdge);
      text.push(Math.abs(y) + "°" + (y > 0 ? "N" : y < 0 ? "S" : ""));
    }
    return {type: "scattergeo", mode: "text", name: "coordinates", showlegend: false, hoverinfo: "skip",
            lat: lat, lon: lon, text: text, textposition: "top right", textfont: {size: 10, color: "#7a838e"}};
  }

  // A view around the events with some room, never narrower than a region (one city alone would
  // otherwise fill the map), in whole grid steps so the graticule reads as coordinates.
  function mapBounds(spots) {
    var lats = spots.map(function (spot) { return spot.lat; });
    var lons = spots.map(function (spot) { return spot.lon; });
    var lat0 = Math.min.apply(null, lats), lat1 = Math.max.apply(null, lats);
    var lon0 = Math.min.apply(null, lons), lon1 = Math.max.apply(null, lons);
    var lonSpan = Math.max(lon1 - lon0, 30) * 1.2, latSpan = Math.max(lat1 - lat0, 16) * 1.25;
    var lonMid = (lon0 + lon1) / 2, latMid = (lat0 + lat1) / 2;
    var step = Math.max(lonSpan, latSpan * 2) > 120 ? 30 : Math.max(lonSpan, latSpan * 2) > 50 ? 15 : 5;
    function snap(lo, hi, min, max) {
      lo = Math.max(min, Math.floor(lo / step) * step);
      hi = Math.min(max, Math.ceil(hi / step) * step);
      return [lo, hi];
    }
    return {lon: snap(lonMid - lonSpan / 2, lonMid + lonSpan / 2, -180, 180),
            lat: snap(latMid - latSpan / 2, latMid + latSpan / 2, -90, 90), step: step};
  }

  // ---------------------------------------------------------------------------------------------
  // Details panel and lists

  function select(id, focus) {
    state.event = id;
    update();
    var panel = el("details");
    if (focus) {
      panel.focus();
    } else if (panel.getBoundingClientRect().top > window.innerHeight * 0.8) {
      panel.scrollIntoView({behavior: "smooth", block: "start"});  // narrow layout: details sit below
    }
  }

  function showDetails() {
    var panel = el("details");
    clear(panel);
    var event = byId.get(state.event);
    if (!event) {
      panel.appendChild(make("p", "placeholder",
                             "Click an event on the chart, the map or in a list to see its sources here."));
      return;
    }
    var close = make("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close details");
    close.addEventListener("click", function () { state.event = ""; update(); });
    panel.appendChild(close);
    panel.appendChild(make("h2", null, event.title));
    if (event.status !== "reported") {
      panel.appendChild(make("p", "status status-" + event.status, STATUS_NOTES[event.status] || event.status));
    }
    var facts = make("dl", "facts");
    function fact(name, value) {
      if (value === null || value === undefined || value === "") return;
      facts.appendChild(make("dt", null, name));
      var dd = make("dd");
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
      facts.appendChild(dd);
    }
    fact("When", event.date_label + (event.date_origin ? " — dated from: " + event.date_origin : ""));
    fact("Type", event.type_label + (event.cameo ? " · CAMEO " + event.cameo : "")
      + (event.cameo_label ? " " + event.cameo_label : ""));
    var quad = quadInfo.get(event.quad);
    var quadNode = make("span");
    var swatch = make("span", "swatch");
    swatch.style.background = quad.color;
    quadNode.appendChild(swatch);
    quadNode.appendChild(document.createTextNode(quad.label + (event.goldstein === null ? ""
      : " · Goldstein " + (event.goldstein > 0 ? "+" : "") + event.goldstein.toFixed(1))));
    fact("Cooperation / conflict", quadNode);
    if (event.actors.length) {
      var actorList = make("ul", "actors");
      event.actors.forEach(function (actor) {
        var country = actor.kind === "country" ? null : actor.country_name;
        var extras = [actor.role, actor.title, country].filter(Boolean);
        actorList.appendChild(make("li", null, actor.name + (extras.length ? " — " + extras.join(", ") : "")));
      });
      fact("Actors", actorList);
    }
    fact("Place", event.place && event.place_origin ? event.place + " — from: " + event.place_origin : event.place);
    if (event.confidence !== null) fact("Confidence", Math.round(event.confidence * 100) + "%");
    panel.appendChild(facts);

    panel.appendChild(make("h3", null, "Sources (" + event.sources.length + ")"));
    var list = make("ol", "sources");
    event.sources.forEach(function (source) {
      var item = make("li");
      var doc = documents[source.document] || {title: source.document, published: null, inferred: false,
                                               url: null, source: null};
      var head = make("p", "source-head");
      var href = httpUrl(doc.url);
      var name;
      if (href) {
        name = make("a", null, doc.title);
        name.href = href;
        name.target = "_blank";
        name.rel = "noopener noreferrer";
      } else {
        name = make("span", "doc-title", doc.title);
      }
      head.appendChild(name);
      var meta = [];
      if (doc.source) meta.push(doc.source);
      meta.push(doc.published ? "published " + dayText(doc.published) + (doc.inferred ? " (inferred)" : "")
                              : "publication date unknown");
      head.appendChild(make("span", "source-meta", " · " + meta.join(" · ")));
      item.appendChild(head);
      var quote = make("blockquote");
      quote.appendChild(document.createTextNode(lineBreaksAsSpaces(source.parts[0])));
      if (source.parts[1]) quote.appendChild(make("mark", null, lineBreaksAsSpaces(source.parts[1])));
      quote.appendChild(document.createTextNode(lineBreaksAsSpaces(source.parts[2])));
      item.appendChild(quote);
      if (source.date_text) item.appendChild(make("p", "date-words", "Date words: “" + source.date_text + "”"));
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function eventItem(event) {
    var item = make("li");
    var button = make("button", "event-link");
    button.type = "button";
    if (event.id === state.event) button.setAttribute("aria-current", "true");
    var swatch = make("span", "swatch");
    swatch.style.background = quadInfo.get(event.quad).color;
    swatch.setAttribute("aria-hidden", "true");
    button.appendChild(swatch);
    if (event.first) button.appendChild(make("span", "when", event.date_label));
    button.appendChild(make("span", "what", event.title));
    var extra = [event.type_label];
    if (event.status !== "reported") extra.push(event.status);
    extra.push(plural(event.sources.length, "source"));
    button.appendChild(make("span", "extra", extra.join(" · ")));
    button.addEventListener("click", function () { select(event.id, true); });
    item.appendChild(button);
    return item;
  }

  function fillList(node, shown, emptyText) {
    clear(node);
    shown.slice(0, LIST_LIMIT).forEach(function (event) { node.appendChild(eventItem(event)); });
    if (shown.length > LIST_LIMIT) {
      node.appendChild(make("li", "hint", "… and " + (shown.length - LIST_LIMIT) + " more: narrow the filters."));
    }
    if (!shown.length) node.appendChild(make("li", "hint", emptyText));
  }

  function showProblems() {
    var box = el("problems-box");
    var list = el("problems-list");
    box.hidden = !model.problems.length;
    el("problems-title").textContent = "Problems (" + model.problems.length + ")";
    model.problems.forEach(function (problem) {
      var item = make("li");
      item.appendChild(make("code", null, problem.path + (problem.line ? ":" + problem.line : "")));
      item.appendChild(document.createTextNode(
        " — " + (problem.skipped ? "not read: " : "read, but ") + problem.reason));
      list.appendChild(item);
    });
  }

  function showSummary() {
    var summary = model.summary;
    var text = plural(summary.events, "event");
    if (summary.undated) text += " (" + summary.undated + " undated)";
    text += " from " + plural(summary.documents, "document");
    if (summary.first) {
      text += summary.first === summary.last ? ", on " + dayText(summary.first)
        : ", " + dayText(summary.first) + " – " + dayText(summary.last);
    }
    text += ".";
    if (summary.inferred_documents) {
      text += " Publication date inferred for " + plural(summary.inferred_documents, "document") + ".";
    }
    el("summary").textContent = text;
    el("chart-key").textContent = "● one day  ▬ a bar covers the whole week, month, quarter or year the date names"
      + "  ○ planned  ◇ hypothetical (hatched bars: not reported as happened)"
      + "  · bigger marks: more sources  · drag to zoom, double-click to reset";
    var network = model.network;
    el("network-key").textContent = "● person  ■ country  ◆ organisation  ▲ other  · bigger: more events"
      + "  · links: blue solid = cooperative, vermillion dashed = conflictual, grey dotted = neutral (net "
      + "Goldstein score of the events they share), thicker = more events  · point at the middle of a link "
      + "to see its events  · drag to pan, double-click to reset";
    if (network.actors_shown < network.actors_total) {
      el("network-key").textContent += "  · only the " + network.max_actors + " actors with the most events "
        + "are drawn, so that the network stays readable";
    }
    el("map-key").textContent = "Colours as on the timeline  · bigger marks: more sources  · events at the "
      + "same place sit on a small spiral around it  · map: Natural Earth 1:110m, carried in the page.";
  }

  function byDate(a, b) { return a._t0 - b._t0 || a._t1 - b._t1 || a.title.localeCompare(b.title); }

  function update() {
    syncControls();
    var words = normalise(state.text).split(/\s+/).filter(Boolean);
    var shown = [];
    // Each facet's counts: the events that pass every other filter.
    var facetCounts = {type: new Map(), country: new Map(), actors: new Map()};
    var facetTotals = {type: 0, country: 0, actors: 0};
    events.forEach(function (event) {
      var failed = failing(event, words);
      if (!failed.length) shown.push(event);
      if (failed.length > 1 || failed[0] === "other") return;
      Object.keys(FACETS).forEach(function (facet) {
        if (failed.length && failed[0] !== facet) return;
        facetTotals[facet] += 1;
        FACETS[facet](event).forEach(function (key) {
          facetCounts[facet].set(key, (facetCounts[facet].get(key) || 0) + 1);
        });
      });
    });
    showFacetCounts("filter-type", facetCounts.type, facetTotals.type);
    showFacetCounts("filter-country", facetCounts.country, facetTotals.country);
    showFacetCounts("filter-actors", facetCounts.actors, facetTotals.actors);
    var dated = shown.filter(function (event) { return event.first; }).sort(byDate);
    var undated = shown.filter(function (event) { return !event.first; }).sort(function (a, b) {
      return (b.salience || 0) - (a.salience || 0);
    });
    var count = shown.length + " of " + events.length + " events shown";
    if (undated.length) count += " (" + undated.length + " undated, listed below the chart)";
    el("count").textContent = count;
    syncTabs();
    // Only the view on screen is drawn: Plotly cannot size a chart inside a hidden panel.
    if (state.view === "timeline") drawChart(dated);
    else if (state.view === "network") drawNetwork();
    else drawMap(shown);
    showDetails();
    el("event-list-title").textContent = "Events shown, by date (" + dated.length + ")";
    fillList(el("event-list"), dated, "No dated event matches these filters.");
    var undatedTotal = events.length - datedTotal;
    el("undated-box").hidden = undatedTotal === 0;
    el("undated-title").textContent = "Undated events (" + undated.length + " of " + undatedTotal + ")";
    fillList(el("undated-list"), undated, "No undated event matches these filters.");
    writeHash();
  }

  function showFacetCounts(id, counts, total) {
    Array.from(el(id).options).forEach(function (opt) {
      var text = opt._label + " (" + (opt.value ? counts.get(opt.value) || 0 : total) + ")";
      if (opt.textContent !== text) opt.textContent = text;
    });
  }

  readHash();
  setupControls();
  showSummary();
  showProblems();
  if (typeof Plotly === "undefined") {
    ["chart-empty", "network-empty", "map-empty"].forEach(function (id) {
      el(id).hidden = false;
      el(id).textContent = "Plotly could not be loaded, so this view cannot be drawn; the lists below still work.";
    });
    drawChart = drawNetwork = drawMap = function () {};
  }
  update();
})();
