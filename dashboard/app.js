// Jobbstøtte dashboard: the four subjects (placements, agreements with employers, volunteers, IPS
// quality by county and quarter) for the whole country, a county or a municipality, in every period
// the publisher publishes. It reads
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
      measures: ['frivillige'], series: ['frivillige'], main: 'frivillige' },
    // Counties by quarter only: the chart shows the four items' scores (1-5), the table each figure,
    // its score and what it rests on.
    ips: { all: 'ips-kvalitet-fylke', quarterly: true,
      // One table per item (its figure, its score, what it rests on), so no table is wider than the page.
      items: [['ips_saksmengde', 'ips_saksmengde_skar', 'ips_jobbspesialister', 'ips_deltakere_snitt'],
        ['ips_rask_jobbsoking', 'ips_rask_jobbsoking_skar', 'ips_deltakere_forste_kontakt'],
        ['ips_arbeidsgiverkontakt', 'ips_arbeidsgiverkontakt_skar', 'ips_jobbspesialister'],
        ['ips_oppfolging', 'ips_oppfolging_skar']],
      series: ['ips_saksmengde_skar', 'ips_rask_jobbsoking_skar', 'ips_arbeidsgiverkontakt_skar', 'ips_oppfolging_skar'] }
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

  /** The periods of the series: the chosen year's months or quarters, or every year; days (agreements) or quarters (IPS) of the year. */
  function seriesPeriods(ds, state) {
    var all = ds.categories('tid');
    if (state.subject === 'avtaler' || SUBJECTS[state.subject].quarterly) {
      return all.filter(function (t) { return t.substring(0, 4) === state.year; });
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

  /** Why a region has no IPS quality figures of its own, or null when it has. */
  function ipsNote(data, state) {
    if (!data.datasets[SUBJECTS.ips.all]) {
      return 'IPS-kvalitet publiseres per fylke og kvartal, 15. i måneden etter at kvartalet er over. Ingen kvartal er publisert ennå.';
    }
    if (kind(state.region) === 'country') {
      return 'IPS-kvalitet publiseres bare per fylke, ikke for hele landet: da kunne et prikket fylke regnes ut av landet '
        + 'og de andre fylkene. Fylkene står under.';
    }
    return kind(state.region) === 'municipality' ? 'IPS-kvalitet publiseres per fylke, ikke per kommune. Velg fylket.' : null;
  }

  /** The measures of a subject as chart series; scores are drawn on their own scale, 1 to 5. */
  function chartSeries(ds, measures) {
    return measures.map(function (m) { return { label: ds.label('statistikkvariabel', m), unit: ds.unit(m) }; });
  }

  /** The region over time: a chart of the main series and a table of every measure. */
  function seriesSection(data, state) {
    var s = SUBJECTS[state.subject];
    var ds = datasetFor(data, state.subject, state.region);
    var name = regionName(state, state.region);
    var out = section('utvikling', 'Utvikling: ' + name);
    var note = s.quarterly ? ipsNote(data, state) : null;
    if (note) {
      out.appendChild(el('p', { class: 'not-yet' }, note));
      return out;
    }
    if (!ds || !ds.has('region', state.region)) {
      out.appendChild(el('p', { class: 'not-yet' }, 'Tall for fylker og kommuner publiseres per år, når året er over (15. januar året etter).'));
      return out;
    }
    var periods = seriesPeriods(ds, state);
    if (s.quarterly) {
      out.appendChild(V.chart({ title: 'IPS-skår (1–5) per kvartal, ' + name, series: chartSeries(ds, s.series),
        rows: periods.map(function (p) {
          return { label: ds.label('tid', p), cells: s.series.map(function (m) { return ds.cell(state.region, p, m); }) };
        }) }));
      ipsTables(out, ds, 'Periode', ', ' + name, periods.map(function (p) { return { label: ds.label('tid', p), region: state.region, period: p }; }));
      out.appendChild(V.downloads([ds]));
      return out;
    }
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
      series: chartSeries(ds, s.series),
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
    if (s.quarterly) { return kind(state.region) === 'country' ? ipsCounties(data, state) : null; }
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

  /** IPS quality by county in the chosen year's last published quarter: the scores as a chart, everything as a table. */
  function ipsCounties(data, state) {
    var s = SUBJECTS.ips;
    var ds = data.datasets[s.all];
    var period = ds ? seriesPeriods(ds, state).slice(-1)[0] : null;
    var out = section('fordeling', 'Etter fylke, ' + (period ? ds.label('tid', period) : state.year));
    if (!period) {
      out.appendChild(el('p', { class: 'not-yet' }, 'Ingen kvartal er publisert ennå.'));
      return out;
    }
    var counties = ds.categories('region');
    out.appendChild(V.chart({ title: 'IPS-skår (1–5) etter fylke, ' + ds.label('tid', period), series: chartSeries(ds, s.series),
      rows: counties.map(function (c) {
        return { label: ds.label('region', c), cells: s.series.map(function (m) { return ds.cell(c, period, m); }) };
      }) }));
    ipsTables(out, ds, 'Fylke', ' etter fylke, ' + ds.label('tid', period), counties.map(function (c) { return { label: ds.label('region', c), region: c, period: period }; }));
    out.appendChild(V.downloads([ds]));
    return out;
  }

  /** The IPS numbers as one table per item, each row a period or a county: figure, score and what it rests on. */
  function ipsTables(out, ds, corner, context, rows) {
    SUBJECTS.ips.items.forEach(function (measures) {
      var label = ds.label('statistikkvariabel', measures[0]);
      out.appendChild(V.table({ caption: 'Tallene for ' + label.substring(0, label.indexOf(':')).toLocaleLowerCase('nb-NO') + context,
        corner: corner, columns: measureColumns(ds, measures),
        rows: rows.map(function (r) {
          return { label: r.label, region: r.region, period: r.period, cells: measures.map(function (m) { return ds.cell(r.region, r.period, m); }) };
        }) }));
    });
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
