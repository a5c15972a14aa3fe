// Jobbstøtte dashboard: reads only <data>/manifest.json and the JSON-stat files it lists.
// No framework, no build step; charts are SVG drawn here. Norwegian text; every number is also
// written as text, so nothing depends on colour.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var SUPPRESSED = ':';
  var DASH = '–';
  var COUNTY_MEASURES = ['henviste', 'startet_utproving', 'ansatt', 'andel_ansatt_etter_utproving', 'median_dager_til_jobb'];
  var SHARE = 'andel_ansatt_etter_utproving';

  function baseUrl() {
    var data = new URLSearchParams(window.location.search).get('data') || '../stats/v1/latest/';
    return data.charAt(data.length - 1) === '/' ? data : data + '/';
  }

  function getJson(url) {
    return fetch(url, { cache: 'no-cache' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status); }
      return response.json();
    });
  }

  /** A JSON-stat 2.0 dataset with lookups by category id. */
  function Dataset(json) {
    this.json = json;
    this.ids = json.id;
    this.size = json.size;
  }
  Dataset.prototype.categories = function (dim) {
    var index = this.json.dimension[dim].category.index;
    return Object.keys(index).sort(function (a, b) { return index[a] - index[b]; });
  };
  Dataset.prototype.label = function (dim, id) {
    var category = this.json.dimension[dim].category;
    return (category.label && category.label[id]) || id;
  };
  Dataset.prototype.cell = function (coords) {
    var flat = 0;
    for (var d = 0; d < this.ids.length; d++) {
      var position = this.json.dimension[this.ids[d]].category.index[coords[this.ids[d]]];
      if (position === undefined) { return null; }
      flat = flat * this.size[d] + position;
    }
    var status = this.json.status;
    var symbol = status == null ? null : (typeof status === 'string' ? status : status[flat] || null);
    var value = this.json.value[flat];
    return { value: value === undefined ? null : value, status: symbol };
  };

  function format(cell, unit) {
    if (!cell || cell.value === null) {
      return cell && cell.status === SUPPRESSED ? DASH : '·';
    }
    var text = cell.value.toLocaleString('nb-NO');
    return unit === 'prosent' ? text + ' %' : text;
  }

  function describeCell(cell) {
    if (!cell) {
      return 'publiseres ikke for denne regionen';
    }
    if (cell.value === null) {
      return cell.status === SUPPRESSED ? 'prikket' : 'kan ikke beregnes';
    }
    return null;
  }

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text != null) { node.textContent = text; }
    return node;
  }

  function svgEl(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text != null) { node.textContent = text; }
    return node;
  }

  function hatch(svg) {
    var defs = svgEl('defs');
    var pattern = svgEl('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' });
    pattern.appendChild(svgEl('rect', { width: 6, height: 6, fill: '#dbe7f3' }));
    pattern.appendChild(svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#1f4e79', 'stroke-width': 3 }));
    defs.appendChild(pattern);
    svg.appendChild(defs);
  }

  /** Horizontal bars, one per county, with the value (or "– prikket") written after each bar. */
  function bars(container, ds, counties, year, measure, titleId) {
    var unit = ds.json.dimension.statistikkvariabel.category.unit[measure].label;
    var rowHeight = 26, labelWidth = 170, width = 640, chartWidth = width - labelWidth - 120;
    var values = counties.map(function (c) { return ds.cell({ region: c, tid: year, statistikkvariabel: measure }); });
    var max = Math.max.apply(null, values.map(function (v) { return v && v.value !== null ? v.value : 0; }).concat([unit === 'prosent' ? 100 : 1]));
    var svg = svgEl('svg', { role: 'img', 'aria-labelledby': titleId + '-title', viewBox: '0 0 ' + width + ' ' + (rowHeight * counties.length + 10), width: '100%' });
    svg.appendChild(svgEl('title', { id: titleId + '-title' }, ds.label('statistikkvariabel', measure) + ', ' + year));
    hatch(svg);
    counties.forEach(function (county, i) {
      var y = i * rowHeight + 5;
      var cell = values[i];
      var group = svgEl('g', { 'data-region': county, 'data-measure': measure });
      group.appendChild(svgEl('text', { x: 0, y: y + 16 }, ds.label('region', county)));
      var text = format(cell, unit);
      if (cell && cell.value !== null) {
        var w = Math.max(1, chartWidth * cell.value / max);
        group.appendChild(svgEl('rect', { class: 'bar', x: labelWidth, y: y + 3, width: w, height: rowHeight - 8 }));
        group.appendChild(svgEl('text', { x: labelWidth + w + 6, y: y + 16 }, text));
      } else {
        group.appendChild(svgEl('text', { x: labelWidth, y: y + 16, class: 'suppressed' }, text + ' ' + describeCell(cell)));
      }
      svg.appendChild(group);
    });
    container.replaceChildren(svg);
  }

  /** Two monthly series for the whole country: solid line with circles, dashed line with squares. */
  function trend(container, ds, months) {
    var series = [{ id: 'henviste', css: 'line-a', marker: 'circle' }, { id: 'ansatt', css: 'line-b', marker: 'square' }];
    var width = 640, height = 260, left = 50, bottom = 40, top = 20, right = 20;
    var points = series.map(function (s) {
      return months.map(function (m) { return ds.cell({ region: '0', tid: m, statistikkvariabel: s.id }); });
    });
    var max = 1;
    points.forEach(function (list) { list.forEach(function (c) { if (c && c.value !== null) { max = Math.max(max, c.value); } }); });
    var x = function (i) { return left + (months.length < 2 ? 0 : i * (width - left - right) / (months.length - 1)); };
    var y = function (v) { return height - bottom - v * (height - top - bottom) / max; };
    var svg = svgEl('svg', { role: 'img', 'aria-labelledby': 'trend-title trend-desc', viewBox: '0 0 ' + width + ' ' + height, width: '100%' });
    svg.appendChild(svgEl('title', { id: 'trend-title' }, 'Henviste og ansatt per måned, hele landet'));
    svg.appendChild(svgEl('desc', { id: 'trend-desc' }, 'Heltrukket linje med sirkler: henviste. Stiplet linje med firkanter: ansatt. Tallene står også i listen under.'));
    svg.appendChild(svgEl('line', { class: 'axis', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
    svg.appendChild(svgEl('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom }));
    svg.appendChild(svgEl('text', { x: 4, y: top + 4 }, String(max)));
    svg.appendChild(svgEl('text', { x: 4, y: height - bottom }, '0'));
    months.forEach(function (m, i) {
      if (months.length <= 12 || i % 3 === 0) {
        svg.appendChild(svgEl('text', { x: x(i) - 14, y: height - bottom + 18 }, m.replace(/^(\d{4})M(\d{2})$/, '$2.$1')));
      }
    });
    series.forEach(function (s, k) {
      var d = '';
      points[k].forEach(function (c, i) {
        if (c && c.value !== null) {
          d += (d === '' || !points[k][i - 1] || points[k][i - 1].value === null ? 'M' : 'L') + x(i) + ' ' + y(c.value) + ' ';
          svg.appendChild(s.marker === 'circle'
            ? svgEl('circle', { cx: x(i), cy: y(c.value), r: 4, fill: '#1f4e79' })
            : svgEl('rect', { x: x(i) - 4, y: y(c.value) - 4, width: 8, height: 8, fill: '#7a3b00' }));
        }
      });
      if (d) { svg.appendChild(svgEl('path', { class: s.css, d: d.trim() })); }
    });
    var legend = el('p', {}, 'Heltrukket linje med sirkler (●): henviste. Stiplet linje med firkanter (■): ansatt.');
    var list = el('details');
    list.appendChild(el('summary', {}, 'Tallene i grafen'));
    var table = el('table');
    table.appendChild(el('caption', {}, 'Henviste og ansatt per måned, hele landet'));
    var head = el('tr');
    head.appendChild(el('th', { scope: 'col' }, 'Måned'));
    series.forEach(function (s) { head.appendChild(el('th', { scope: 'col' }, ds.label('statistikkvariabel', s.id))); });
    table.appendChild(head);
    months.forEach(function (m, i) {
      var row = el('tr');
      row.appendChild(el('th', { scope: 'row' }, ds.label('tid', m)));
      series.forEach(function (s, k) { row.appendChild(valueCell(points[k][i], 'personer', '0', s.id)); });
      table.appendChild(row);
    });
    list.appendChild(table);
    container.replaceChildren(svg, legend, list);
  }

  function valueCell(cell, unit, region, measure) {
    var td = el('td', { 'data-region': region, 'data-measure': measure, 'data-status': cell && cell.status ? cell.status : '' });
    if (cell && cell.value !== null) {
      td.textContent = format(cell, unit);
    } else {
      td.className = 'suppressed';
      var title = !cell ? 'Publiseres ikke for denne regionen'
        : cell.status === SUPPRESSED ? 'Prikket av personvernhensyn' : 'Kan ikke beregnes';
      var abbr = el('abbr', { title: title }, format(cell, unit));
      td.appendChild(abbr);
      td.appendChild(el('span', { class: 'visually-hidden' }, ' ' + describeCell(cell)));
    }
    return td;
  }

  /** The share hired after trial comes from the breakdown by trial; every other column from the county table. */
  function source(data, measure) {
    return measure === SHARE ? data.trial : data.counties;
  }

  function countyTable(container, data, regions, year) {
    var table = el('table', { id: 'county-table' });
    table.appendChild(el('caption', {}, 'Oppfølgingsløp etter fylke, ' + year + '. – = prikket'));
    var head = el('tr');
    head.appendChild(el('th', { scope: 'col' }, 'Fylke'));
    COUNTY_MEASURES.forEach(function (m) { head.appendChild(el('th', { scope: 'col' }, source(data, m).label('statistikkvariabel', m))); });
    table.appendChild(head);
    regions.forEach(function (region) {
      var row = el('tr');
      row.appendChild(el('th', { scope: 'row' }, data.counties.label('region', region)));
      COUNTY_MEASURES.forEach(function (m) {
        var ds = source(data, m);
        row.appendChild(valueCell(ds.cell({ region: region, tid: year, statistikkvariabel: m }),
          ds.json.dimension.statistikkvariabel.category.unit[m].label, region, m));
      });
      table.appendChild(row);
    });
    container.replaceChildren(table);
  }

  /** Counties are published by year once the year is over (15 January); until then, say when. */
  function notYet(container, year) {
    container.replaceChildren(el('p', { class: 'not-yet' }, 'Tall etter fylke for ' + year
      + ' publiseres når året er over, 15. januar ' + (Number(year) + 1) + '.'));
  }

  function render(data, year) {
    var months = data.country.categories('tid').filter(function (t) { return t.indexOf(year + 'M') === 0; });
    trend(document.getElementById('trend'), data.country, months);
    if (!data.counties || !data.trial || data.counties.categories('tid').indexOf(year) < 0) {
      ['bars-hired', 'bars-share', 'table'].forEach(function (id) { notYet(document.getElementById(id), year); });
      return;
    }
    var regions = data.counties.categories('region');
    var counties = regions.filter(function (r) { return r !== '0'; });
    bars(document.getElementById('bars-hired'), data.counties, counties, year, 'ansatt', 'bars-hired');
    bars(document.getElementById('bars-share'), data.trial, data.trial.categories('region'), year, SHARE, 'bars-share');
    countyTable(document.getElementById('table'), data, regions, year);
  }

  /** A dataset of the manifest, or null while it has nothing yet (the counties before the first year is over). */
  function load(manifest, base, id) {
    var dataset = manifest.datasets.filter(function (d) { return d.id === id; })[0];
    if (!dataset) { return Promise.resolve(null); }
    var file = dataset.files.filter(function (f) { return f.format === 'json-stat'; })[0];
    return getJson(new URL(file.path, new URL(base + 'manifest.json', window.location.href)).href)
      .then(function (json) { return new Dataset(json); });
  }

  function start() {
    var base = baseUrl();
    document.getElementById('manifest-link').href = base + 'manifest.json';
    getJson(base + 'manifest.json').then(function (manifest) {
      document.getElementById('published').textContent = 'Publisert ' + manifest.published + '.';
      return Promise.all([load(manifest, base, 'plasseringer-landet'), load(manifest, base, 'plasseringer-fylke'),
        load(manifest, base, 'utproving-fylke')]);
    }).then(function (loaded) {
      var data = { country: loaded[0], counties: loaded[1], trial: loaded[2] };
      // Every year with a published month, the latest first chosen; counties only for years that are over.
      var years = [];
      (data.country ? data.country.categories('tid') : []).forEach(function (t) {
        var year = t.substring(0, 4);
        if (/M\d{2}$/.test(t) && years.indexOf(year) < 0) { years.push(year); }
      });
      if (years.length === 0) {
        document.getElementById('trend').replaceChildren(el('p', {}, 'Ingen måneder er publisert ennå.'));
        document.body.setAttribute('data-ready', 'true');
        return;
      }
      var select = document.getElementById('year');
      years.forEach(function (y) { select.appendChild(el('option', { value: y }, y)); });
      select.value = years[years.length - 1];
      select.addEventListener('change', function () { render(data, select.value); });
      render(data, select.value);
      document.body.setAttribute('data-ready', 'true');
    }).catch(function (error) {
      var box = document.getElementById('error');
      box.hidden = false;
      box.textContent = 'Kunne ikke laste statistikken: ' + error.message;
      document.body.setAttribute('data-ready', 'error');
    });
  }

  start();
}());
