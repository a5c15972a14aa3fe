// Jobbstøtte dashboard: the three subjects (placements, agreements with employers, volunteers) for
// the whole country, a county or a municipality, in every period the publisher publishes. It reads
// only <data>/manifest.json and the files it lists. The choice is kept in the address (#tema=...),
// so a view can be linked. Norwegian text; every chart has its numbers as a table beside it.
(function () {
  'use strict';

  var D = window.StatsData;
  var V = window.StatsView;
  var el = V.el;
  var SHARE = 'andel_ansatt_etter_utproving';
  var SUBJECTS = {
    plasseringer: { country: 'plasseringer-landet', counties: 'plasseringer-fylke', municipalities: 'plasseringer-kommune',
      measures: ['henviste', 'startet_utproving', 'ansatt', 'avsluttet_uten_jobb', 'median_dager_til_jobb'],
      series: ['henviste', 'ansatt'], main: 'ansatt' },
    avtaler: { all: 'avtaler', measures: ['aktive_avtaler'], series: ['aktive_avtaler'], main: 'aktive_avtaler' },
    frivillige: { country: 'frivillige-landet', counties: 'frivillige-fylke', municipalities: 'frivillige-kommune',
      measures: ['frivillige'], series: ['frivillige'], main: 'frivillige' }
  };
  var GRAINS = { maned: /^\d{4}M\d{2}$/, kvartal: /^\d{4}K\d$/, ar: /^\d{4}$/ };

  function baseUrl() {
    var data = new URLSearchParams(window.location.search).get('data') || '../stats/v1/latest/';
    return data.charAt(data.length - 1) === '/' ? data : data + '/';
  }

  function kind(region) {
    return region === D.COUNTRY ? 'country' : region.length === 2 ? 'county' : 'municipality';
  }

  /** The dataset holding the region's numbers for the subject, or undefined before it is published. */
  function datasetFor(data, subject, region) {
    var s = SUBJECTS[subject];
    if (s.all) { return data.datasets[s.all]; }
    return data.datasets[{ country: s.country, county: s.counties, municipality: s.municipalities }[kind(region)]];
  }

  /** The regions of the hierarchy: the country, its counties, and each county's municipalities, with names. */
  function regions(data) {
    var source = ['plasseringer-kommune', 'frivillige-kommune', 'avtaler'].map(function (id) { return data.datasets[id]; })
      .filter(Boolean)[0];
    var list = [{ id: D.COUNTRY, name: 'Hele landet', text: 'Hele landet' }];
    if (!source) { return list; }
    source.children(D.COUNTRY).forEach(function (county) {
      var countyName = source.label('region', county);
      list.push({ id: county, name: countyName, county: countyName, text: countyName + ' (fylke)' });
      source.children(county).forEach(function (m) {
        var name = source.label('region', m);
        list.push({ id: m, name: name, county: countyName, text: name + ' (' + countyName + ')' });
      });
    });
    return list;
  }

  function regionName(state, region) {
    var r = state.regions.filter(function (x) { return x.id === region; })[0];
    if (!r) { return region; }
    return kind(region) === 'municipality' ? r.name + ' kommune i ' + r.county : kind(region) === 'county' ? r.name + ' fylke' : r.name;
  }

  /** The periods of the series: the chosen year's months or quarters, or every year; days of the year for agreements. */
  function seriesPeriods(ds, state) {
    var all = ds.categories('tid');
    if (state.subject === 'avtaler') {
      return all.filter(function (t) { return t.indexOf(state.year + '-') === 0; });
    }
    var grain = kind(state.region) === 'country' ? state.grain : 'ar';
    return all.filter(function (t) { return GRAINS[grain].test(t) && (grain === 'ar' || t.indexOf(state.year) === 0); });
  }

  /** The years one can choose: those with a published period for this subject and region; latest last. */
  function years(data, state) {
    var ds = datasetFor(data, state.subject, state.region);
    var found = [];
    (ds ? ds.categories('tid') : []).forEach(function (t) {
      var y = t.substring(0, 4);
      if (found.indexOf(y) < 0) { found.push(y); }
    });
    return found;
  }

  function measureColumns(ds, measures) {
    return measures.map(function (m) { return { label: ds.label('statistikkvariabel', m), unit: ds.unit(m), measure: m }; });
  }

  function section(id, heading) {
    var s = el('section', { 'aria-labelledby': id + '-heading', id: id });
    s.appendChild(el('h2', { id: id + '-heading' }, heading));
    return s;
  }

  /** The region over time: a chart of the main series and a table of every measure. */
  function seriesSection(data, state) {
    var s = SUBJECTS[state.subject];
    var ds = datasetFor(data, state.subject, state.region);
    var name = regionName(state, state.region);
    var out = section('utvikling', 'Utvikling: ' + name);
    if (!ds || !ds.has('region', state.region)) {
      out.appendChild(el('p', { class: 'not-yet' }, 'Tall for fylker og kommuner publiseres per år, når året er over (15. januar året etter).'));
      return out;
    }
    var periods = seriesPeriods(ds, state);
    var columns = measureColumns(ds, s.measures);
    var trial = data.datasets['utproving-fylke'];
    var withShare = state.subject === 'plasseringer' && kind(state.region) === 'county' && trial;
    if (withShare) { columns.push({ label: trial.label('statistikkvariabel', SHARE), unit: trial.unit(SHARE), measure: SHARE }); }
    var rows = periods.map(function (p) {
      return { label: ds.label('tid', p), region: state.region, period: p, cells: columns.map(function (c) {
        return (c.measure === SHARE ? trial : ds).cell(state.region, p, c.measure);
      }) };
    });
    out.appendChild(V.chart({ title: s.series.map(function (m) { return ds.label('statistikkvariabel', m); }).join(' og ') + ', ' + name,
      series: s.series.map(function (m) { return { label: ds.label('statistikkvariabel', m), unit: ds.unit(m) }; }),
      rows: periods.map(function (p) {
        return { label: ds.label('tid', p), cells: s.series.map(function (m) { return ds.cell(state.region, p, m); }) };
      }) }));
    out.appendChild(V.table({ caption: 'Tallene: ' + name, corner: 'Periode', columns: columns, rows: rows }));
    out.appendChild(V.downloads(withShare ? [ds, trial] : [ds]));
    return out;
  }

  /** The region's counties or municipalities in the chosen year (agreements: at the year's last published month end). */
  function breakdownSection(data, state) {
    if (kind(state.region) === 'municipality') { return null; }
    var s = SUBJECTS[state.subject];
    var ds = s.all ? data.datasets[s.all] : data.datasets[kind(state.region) === 'country' ? s.counties : s.municipalities];
    var parts = kind(state.region) === 'country' ? 'fylke' : 'kommune';
    var period = !ds ? null : s.all ? seriesPeriods(ds, state).slice(-1)[0] : (ds.has('tid', state.year) ? state.year : null);
    var out = section('fordeling', 'Etter ' + parts + ', ' + (period && ds ? ds.label('tid', period) : state.year));
    if (!period) {
      out.appendChild(el('p', { class: 'not-yet' }, state.year
        ? 'Tall etter ' + parts + ' for ' + state.year + ' publiseres når året er over, 15. januar ' + (Number(state.year) + 1) + '.'
        : 'Tall etter ' + parts + ' publiseres per år, når året er over (15. januar året etter).'));
      return out;
    }
    var children = ds.children(state.region);
    var trial = data.datasets['utproving-fylke'];
    var withShare = state.subject === 'plasseringer' && parts === 'fylke' && trial && trial.has('tid', period);
    var columns = measureColumns(ds, s.measures);
    if (withShare) { columns.push({ label: trial.label('statistikkvariabel', SHARE), unit: trial.unit(SHARE), measure: SHARE }); }
    var main = { label: ds.label('statistikkvariabel', s.main), unit: ds.unit(s.main) };
    out.appendChild(V.chart({ title: main.label + ' etter ' + parts + ', ' + ds.label('tid', period), series: [main],
      rows: children.map(function (c) { return { label: ds.label('region', c), cells: [ds.cell(c, period, s.main)] }; }) }));
    if (withShare) {
      out.appendChild(V.chart({ title: trial.label('statistikkvariabel', SHARE) + ' etter fylke, ' + period,
        series: [{ label: trial.label('statistikkvariabel', SHARE), unit: 'prosent' }],
        rows: children.map(function (c) { return { label: ds.label('region', c), cells: [trial.cell(c, period, SHARE)] }; }) }));
    }
    var rows = [state.region].concat(children).map(function (r) {
      return { label: ds.label('region', r), region: r, period: period, cells: columns.map(function (c) {
        return (c.measure === SHARE ? trial : ds).cell(r, period, c.measure);
      }) };
    });
    out.appendChild(V.table({ caption: 'Tallene etter ' + parts + ', ' + ds.label('tid', period), corner: parts === 'fylke' ? 'Fylke' : 'Kommune',
      columns: columns, rows: rows }));
    out.appendChild(V.downloads(withShare ? [ds, trial] : [ds]));
    return out;
  }

  function render(data, state) {
    var view = document.getElementById('visning');
    var parts = [seriesSection(data, state), breakdownSection(data, state)].filter(Boolean);
    view.replaceChildren.apply(view, parts);
    history.replaceState(null, '', '#tema=' + state.subject + '&omrade=' + state.region + '&aar=' + state.year
      + '&inndeling=' + state.grain);
  }

  window.StatsApp = { SUBJECTS: SUBJECTS, regions: regions, years: years, kind: kind, render: render, baseUrl: baseUrl };
}());
