// The dashboard's data: the manifest, the JSON-stat datasets it lists, the region hierarchy, and
// how a cell is written (numbers in nb-NO, a hidden cell as "–", a number that cannot be computed
// or is not published as "·", each a link to the explanation). No framework, no build step.
(function () {
  'use strict';

  var SUPPRESSED = ':';
  var COUNTRY = '0';

  function getJson(url) {
    return fetch(url, { cache: 'no-cache' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': HTTP ' + response.status); }
      return response.json();
    });
  }

  /** A JSON-stat 2.0 dataset with lookups by category id, and its files' URLs from the manifest. */
  function Dataset(json, files) {
    this.json = json;
    this.files = files;
  }
  Dataset.prototype.categories = function (dim) {
    var index = this.json.dimension[dim].category.index;
    return Object.keys(index).sort(function (a, b) { return index[a] - index[b]; });
  };
  Dataset.prototype.has = function (dim, id) {
    return this.json.dimension[dim].category.index[id] !== undefined;
  };
  Dataset.prototype.label = function (dim, id) {
    var category = this.json.dimension[dim].category;
    return (category.label && category.label[id]) || id;
  };
  Dataset.prototype.unit = function (measure) {
    return this.json.dimension.statistikkvariabel.category.unit[measure].label;
  };
  Dataset.prototype.children = function (region) {
    var child = this.json.dimension.region.category.child || {};
    return child[region] || [];
  };
  /** The cell, or null where the dataset has no such region, period or measure. */
  Dataset.prototype.cell = function (region, period, measure) {
    var coords = { region: region, tid: period, statistikkvariabel: measure };
    var flat = 0;
    for (var d = 0; d < this.json.id.length; d++) {
      var position = this.json.dimension[this.json.id[d]].category.index[coords[this.json.id[d]]];
      if (position === undefined) { return null; }
      flat = flat * this.json.size[d] + position;
    }
    var status = this.json.status;
    var symbol = status == null ? null : (typeof status === 'string' ? status : status[flat] || null);
    var value = this.json.value[flat];
    return { value: value === undefined ? null : value, status: symbol };
  };

  /** Every dataset of the manifest by id, with the manifest itself; paths resolve against the manifest's URL. */
  function loadAll(base) {
    var manifestUrl = new URL(base + 'manifest.json', window.location.href).href;
    return getJson(manifestUrl).then(function (manifest) {
      return Promise.all(manifest.datasets.map(function (dataset) {
        var files = {};
        dataset.files.forEach(function (f) { files[f.format] = new URL(f.path, manifestUrl).href; });
        return getJson(files['json-stat']).then(function (json) { return [dataset.id, new Dataset(json, files)]; });
      })).then(function (pairs) {
        var datasets = {};
        pairs.forEach(function (p) { datasets[p[0]] = p[1]; });
        return { manifest: manifest, manifestUrl: manifestUrl, datasets: datasets };
      });
    });
  }

  /** Text for a cell with a value, or null for a cell without one. */
  function number(cell, unit) {
    if (!cell || cell.value === null) { return null; }
    var text = cell.value.toLocaleString('nb-NO');
    return unit === 'prosent' ? text + ' %' : text;
  }

  /** Why a cell has no number: hidden, not computable, or not published for the region. */
  function reason(cell) {
    if (!cell) { return 'publiseres ikke for dette området'; }
    return cell.status === SUPPRESSED ? 'prikket' : 'kan ikke beregnes';
  }

  /**
   * A cell as the page writes it everywhere: the number, or the mark ("–" hidden, "·" otherwise)
   * as a link to the explanation, with the reason in words for screen readers and as a tooltip.
   */
  function shown(cell, unit) {
    var text = number(cell, unit);
    if (text !== null) { return document.createTextNode(text); }
    var link = document.createElement('a');
    link.className = 'mark';
    link.href = '#forklaring';
    link.title = reason(cell).charAt(0).toUpperCase() + reason(cell).slice(1);
    link.textContent = cell && cell.status === SUPPRESSED ? '–' : '·';
    var words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = ' ' + reason(cell);
    link.appendChild(words);
    return link;
  }

  window.StatsData = { COUNTRY: COUNTRY, SUPPRESSED: SUPPRESSED, loadAll: loadAll, number: number, shown: shown };
}());
