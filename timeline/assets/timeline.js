/* The interactive timeline: chart, filters, lists and details drawn from the embedded page model.
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
    event._search = normalise([event.title, event.type_label, event.place || ""]
      .concat(event.actors.map(function (actor) { return actor.name; }))
      .concat(event.sources.map(function (source) { return source.parts.join(""); }))
      .join("\n"));
  });
  var datedTotal = events.filter(function (event) { return event.first; }).length;
  var useGl = datedTotal > GL_THRESHOLD;
  var typeCounts = countBy(events, function (event) { return [event.type]; });
  var actorCounts = countBy(events, function (event) {
    return unique(event.actors.map(function (actor) { return actor.name; }).filter(Boolean));
  });
  var quadCounts = countBy(events, function (event) { return [String(event.quad)]; });
  var quadKeys = model.quad_classes.map(function (quad) { return quad.key; })
    .filter(function (key) { return key !== 0 || quadCounts.has("0"); });

  var state = {lanes: "type", type: "", actors: new Set(), quads: new Set(quadKeys), text: "", event: ""};

  var chart = el("chart");
  var chartReady = false;

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

  function matches(event, words) {
    if (state.type && event.type !== state.type) return false;
    if (!state.quads.has(event.quad)) return false;
    if (state.actors.size && !event.actors.some(function (actor) { return state.actors.has(actor.name); })) {
      return false;
    }
    return words.every(function (word) { return event._search.indexOf(word) !== -1; });
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var lanes = params.get("lanes");
    state.lanes = LANE_MODES.indexOf(lanes) !== -1 ? lanes : "type";
    var type = params.get("type") || "";
    state.type = typeCounts.has(type) ? type : "";
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
    if (state.lanes !== "type") params.set("lanes", state.lanes);
    if (state.type) params.set("type", state.type);
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
    typeSelect.appendChild(option("", "All types (" + events.length + ")"));
    Array.from(typeCounts.keys()).sort(function (a, b) {
      return typeCounts.get(b) - typeCounts.get(a) || a.localeCompare(b);
    }).forEach(function (type) {
      var label = byType(type);
      typeSelect.appendChild(option(type, label + " (" + typeCounts.get(type) + ")"));
    });
    typeSelect.addEventListener("change", function () { state.type = typeSelect.value; update(); });

    var actorSelect = el("filter-actors");
    Array.from(actorCounts.keys()).sort(function (a, b) { return a.localeCompare(b); }).forEach(function (name) {
      actorSelect.appendChild(option(name, name + " (" + actorCounts.get(name) + ")"));
    });
    actorSelect.disabled = actorCounts.size === 0;
    actorSelect.addEventListener("change", function () {
      state.actors = new Set(Array.from(actorSelect.selectedOptions).map(function (opt) { return opt.value; }));
      update();
    });

    var quadBox = el("filter-quad");
    quadKeys.forEach(function (key) {
      var info = quadInfo.get(key);
      var label = make("label", "quad-option");
      var box = make("input");
      box.type = "checkbox";
      box.value = String(key);
      box.id = "quad-" + key;
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
      state.actors = new Set();
      state.quads = new Set(quadKeys);
      state.text = "";
      update();
    });

    window.addEventListener("hashchange", function () { readHash(); update(); });
    var wide = chart.clientWidth >= 760;
    window.addEventListener("resize", function () {  // the legend shows only on a wide chart
      if ((chart.clientWidth >= 760) !== wide) { wide = !wide; update(); }
    });
  }

  function byType(type) {
    for (var i = 0; i < events.length; i++) if (events[i].type === type) return events[i].type_label;
    return type;
  }

  function option(value, text) {
    var node = make("option", null, text);
    node.value = value;
    return node;
  }

  function syncControls() {
    el("lane-mode").value = state.lanes;
    el("filter-type").value = state.type;
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
      font: {family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size: 13, color: "#1d232b"},
      paper_bgcolor: "#ffffff", plot_bgcolor: "#ffffff",
      hovermode: "closest",
      hoverlabel: {align: "left", bgcolor: "#ffffff", bordercolor: "#59616b",
                   font: {color: "#1d232b", size: 12}},
      barmode: "overlay",
      dragmode: "zoom",
      uirevision: "timeline",  // keeps the reader's zoom while filters change
      // On a narrow chart the legend would cover the range buttons; the colour key of the
      // cooperation/conflict filter above says the same.
      showlegend: chart.clientWidth >= 760,
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
      panel.appendChild(make("p", "placeholder", "Click an event on the chart or in a list to see its sources here."));
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
    fact("Place", event.place);
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
      item.appendChild(document.createTextNode(" — " + problem.reason));
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
      + "  ○ planned  ◇ hypothetical  ✕ negated (hatched bars: not reported as happened)"
      + "  · bigger marks: more sources  · drag to zoom, double-click to reset";
  }

  function byDate(a, b) { return a._t0 - b._t0 || a._t1 - b._t1 || a.title.localeCompare(b.title); }

  function update() {
    syncControls();
    var words = normalise(state.text).split(/\s+/).filter(Boolean);
    var shown = events.filter(function (event) { return matches(event, words); });
    var dated = shown.filter(function (event) { return event.first; }).sort(byDate);
    var undated = shown.filter(function (event) { return !event.first; }).sort(function (a, b) {
      return (b.salience || 0) - (a.salience || 0);
    });
    var count = shown.length + " of " + events.length + " events shown";
    if (undated.length) count += " (" + undated.length + " undated, listed below the chart)";
    el("count").textContent = count;
    drawChart(dated);
    showDetails();
    el("event-list-title").textContent = "Events shown, by date (" + dated.length + ")";
    fillList(el("event-list"), dated, "No dated event matches these filters.");
    var undatedTotal = events.length - datedTotal;
    el("undated-box").hidden = undatedTotal === 0;
    el("undated-title").textContent = "Undated events (" + undated.length + " of " + undatedTotal + ")";
    fillList(el("undated-list"), undated, "No undated event matches these filters.");
    writeHash();
  }

  readHash();
  setupControls();
  showSummary();
  showProblems();
  if (typeof Plotly === "undefined") {
    el("chart-empty").hidden = false;
    el("chart-empty").textContent = "Plotly could not be loaded, so the chart cannot be drawn; the lists below "
      + "still work.";
    drawChart = function () {};
  }
  update();
})();
