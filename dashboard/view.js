// The dashboard's building blocks: a bar chart in HTML (each bar on its own line with its label
// above and its value after it, so text keeps its size at every width and labels never collide)
// and the same numbers as a table (stacked into labelled lines on a narrow screen).
(function () {
  'use strict';

  var D = window.StatsData;

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text != null) { node.textContent = text; }
    return node;
  }

  /**
   * spec: { title, series: [{ label, unit }], rows: [{ label, cells: [cell per series] }] }.
   * One bar per series and row; series are told apart by fill pattern and by name, not by colour.
   */
  function chart(spec) {
    var figure = el('figure', { class: 'chart' });
    figure.appendChild(el('figcaption', {}, spec.title));
    if (spec.series.length > 1) {
      var legend = el('ul', { class: 'legend' });
      spec.series.forEach(function (s, k) {
        var item = el('li');
        item.appendChild(el('span', { class: 'swatch series-' + k, 'aria-hidden': 'true' }));
        item.appendChild(document.createTextNode(s.label));
        legend.appendChild(item);
      });
      figure.appendChild(legend);
    }
    var max = {};
    spec.series.forEach(function (s, k) {
      var top = s.unit === 'prosent' ? 100 : s.unit === 'skår' ? 5 : 1;
      spec.rows.forEach(function (row) {
        var c = row.cells[k];
        if (c && c.value !== null) { top = Math.max(top, c.value); }
      });
      max[k] = top;
    });
    var list = el('ul', { class: 'bars' });
    spec.rows.forEach(function (row) {
      var item = el('li');
      item.appendChild(el('span', { class: 'bar-label' }, row.label));
      spec.series.forEach(function (s, k) {
        var line = el('span', { class: 'bar-line' });
        if (spec.series.length > 1) { line.appendChild(el('span', { class: 'visually-hidden' }, s.label + ': ')); }
        var c = row.cells[k];
        if (c && c.value !== null) {
          // A zero is a stub (min-width), so every number stands after its own series' mark.
          var bar = el('span', { class: 'bar series-' + k, 'aria-hidden': 'true' });
          bar.style.width = (75 * c.value / max[k]) + '%'; // the value text needs the rest
          line.appendChild(bar);
        }
        var value = el('span', { class: 'bar-value' });
        value.appendChild(D.shown(c, s.unit));
        line.appendChild(value);
        item.appendChild(line);
      });
      list.appendChild(item);
    });
    figure.appendChild(list);
    return figure;
  }

  /**
   * spec: { caption, corner, columns: [{ label, unit, measure }], rows: [{ label, region, cells }] }.
   * Roles are explicit so a table stacked by CSS on a phone stays a table for screen readers.
   */
  function table(spec) {
    var wrap = el('div', { class: 'table' });
    var t = el('table', { role: 'table' });
    t.appendChild(el('caption', {}, spec.caption));
    var head = el('tr', { role: 'row' });
    head.appendChild(el('th', { scope: 'col', role: 'columnheader' }, spec.corner));
    spec.columns.forEach(function (c) { head.appendChild(el('th', { scope: 'col', role: 'columnheader' }, c.label)); });
    var thead = el('thead', { role: 'rowgroup' });
    thead.appendChild(head);
    t.appendChild(thead);
    var body = el('tbody', { role: 'rowgroup' });
    spec.rows.forEach(function (row) {
      var tr = el('tr', { role: 'row' });
      tr.appendChild(el('th', { scope: 'row', role: 'rowheader' }, row.label));
      spec.columns.forEach(function (c, k) {
        var cell = row.cells[k];
        var td = el('td', { role: 'cell', 'data-label': c.label, 'data-region': row.region || '', 'data-period': row.period || '',
          'data-measure': c.measure, 'data-status': cell ? cell.status || '' : 'missing' });
        td.appendChild(D.shown(cell, c.unit));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }

  /** Links to the files of the datasets a section shows. */
  function downloads(datasets) {
    var p = el('p', { class: 'downloads' });
    p.appendChild(document.createTextNode('Last ned det som vises: '));
    datasets.forEach(function (d, i) {
      if (i > 0) { p.appendChild(document.createTextNode('; ')); }
      p.appendChild(document.createTextNode(d.json.label + ' som '));
      p.appendChild(el('a', { href: d.files.csv, download: '' }, 'CSV'));
      p.appendChild(document.createTextNode(' eller '));
      p.appendChild(el('a', { href: d.files['json-stat'], download: '' }, 'JSON-stat'));
    });
    return p;
  }

  window.StatsView = { el: el, chart: chart, table: table, downloads: downloads };
}());
