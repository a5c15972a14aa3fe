// The dashboard's choices: subject (radio buttons), region (a search field that narrows the list,
// municipalities with their county, so Herøy and Våler are told apart), year and, for the whole
// country, month, quarter or year. Starts from the address (#tema=...&omrade=...) when it has one.
(function () {
  'use strict';

  var D = window.StatsData;
  var A = window.StatsApp;
  var V = window.StatsView;

  function fromHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    return { subject: params.get('tema'), region: params.get('omrade'), year: params.get('aar'), grain: params.get('inndeling') };
  }

  function normalise(text) {
    return text.toLocaleLowerCase('nb-NO').trim();
  }

  function start() {
    var base = A.baseUrl();
    document.getElementById('manifest-link').href = new URL(base + 'manifest.json', window.location.href).href;
    var feed = new URL(base + 'feed.atom', window.location.href).href;
    document.getElementById('feed-link').href = feed;
    document.querySelector('link[rel=alternate]').href = feed;
    D.loadAll(base).then(function (data) {
      document.getElementById('published').textContent = 'Publisert ' + data.manifest.published + '.';
      var wanted = fromHash();
      var state = { regions: A.regions(data), subject: A.SUBJECTS[wanted.subject] ? wanted.subject : 'plasseringer',
        region: D.COUNTRY, year: wanted.year, grain: /^(maned|kvartal|ar)$/.test(wanted.grain || '') ? wanted.grain : 'maned' };
      if (state.regions.some(function (r) { return r.id === wanted.region; })) { state.region = wanted.region; }

      var select = document.getElementById('omrade');
      var search = document.getElementById('omradesok');
      var found = document.getElementById('omradesok-treff');
      var yearSelect = document.getElementById('aar');
      var grainSelect = document.getElementById('inndeling');

      function fillRegions(query) {
        var q = normalise(query);
        // Unfiltered: the hierarchy (each county followed by its municipalities); searched: alphabetical.
        var matches = q === '' ? state.regions : state.regions.filter(function (r) { return normalise(r.text).indexOf(q) >= 0; })
          .sort(function (a, b) { return a.text.localeCompare(b.text, 'nb'); });
        select.replaceChildren.apply(select, matches.map(function (r) { return V.el('option', { value: r.id }, r.text); }));
        if (matches.some(function (r) { return r.id === state.region; })) {
          select.value = state.region;
        } else if (matches.length > 0) {
          state.region = matches[0].id;
        }
        found.textContent = q === '' ? '' : matches.length === 0 ? 'Ingen områder passer.'
          : matches.length === 1 ? '1 område passer.' : matches.length + ' områder passer.';
      }

      function update() {
        var years = A.years(data, state);
        yearSelect.replaceChildren.apply(yearSelect, years.slice().reverse().map(function (y) { return V.el('option', { value: y }, y); }));
        if (years.indexOf(state.year) < 0) { state.year = years[years.length - 1] || ''; }
        yearSelect.value = state.year;
        yearSelect.disabled = years.length === 0;
        document.getElementById('inndeling-felt').hidden = !(A.kind(state.region) === 'country' && state.subject !== 'avtaler'
          && !A.SUBJECTS[state.subject].quarterly);
        grainSelect.value = state.grain;
        A.render(data, state);
      }

      document.querySelectorAll('input[name=tema]').forEach(function (radio) {
        radio.checked = radio.value === state.subject;
        radio.addEventListener('change', function () { state.subject = radio.value; update(); });
      });
      search.addEventListener('input', function () { fillRegions(search.value); update(); });
      select.addEventListener('change', function () { state.region = select.value; update(); });
      yearSelect.addEventListener('change', function () { state.year = yearSelect.value; update(); });
      grainSelect.addEventListener('change', function () { state.grain = grainSelect.value; update(); });
      fillRegions('');
      update();
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
