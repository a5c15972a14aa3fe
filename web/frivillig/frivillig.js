// The volunteer forms work without this file, as plain form posts that the API answers with a
// page. With it, a form is sent as JSON without leaving the page: the API's own problem+json
// messages are shown at each field and in a summary, success shows "check your e-mail" in place,
// and the municipality list gets a search field. No framework, no build step.
'use strict';

(function () {
  const NO_CONNECTION = {
    title: 'Ingen forbindelse',
    detail: 'Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.'
  };
  const UNEXPECTED = { title: 'Noe gikk galt', detail: 'Noe gikk galt hos oss. Prøv igjen om litt.' };
  const CONTROLS = 'input, select, textarea';
  /** Where a field's error message goes: after its label and hint, before its control(s). */
  const FIRST_CONTROL = ':scope > input, :scope > select, :scope > textarea, :scope > .choice, :scope > .search';

  function enhanceForm(form) {
    const listFields = (form.dataset.listFields || '').split(' ').filter(Boolean);
    const button = form.querySelector('button[type=submit]');
    form.noValidate = true; // the API's messages, not the browser's, so both paths say the same
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (form.getAttribute('aria-busy') === 'true') {
        return;
      }
      form.setAttribute('aria-busy', 'true');
      button.disabled = true;
      try {
        const answer = await post(form.action, body(form, listFields));
        if (answer.ok && answer.json && answer.json.message) {
          showSent(form, answer.json.message);
        } else {
          showProblem(form, answer.json && answer.json.title ? answer.json : UNEXPECTED);
        }
      } catch (networkError) {
        showProblem(form, NO_CONNECTION);
      } finally {
        button.disabled = false;
        form.removeAttribute('aria-busy');
      }
    });
  }

  /** The form as the JSON the API takes: list fields as arrays, everything else as text. */
  function body(form, listFields) {
    const data = {};
    listFields.forEach((name) => { data[name] = []; });
    for (const [name, value] of new FormData(form)) {
      if (listFields.includes(name)) {
        data[name].push(value);
      } else {
        data[name] = value;
      }
    }
    return data;
  }

  async function post(url, data) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(data),
      credentials: 'omit'
    });
    let json = null;
    try {
      json = await response.json();
    } catch (notJson) {
      json = null;
    }
    return { ok: response.ok, json: json };
  }

  function showSent(form, message) {
    const sent = document.getElementById('sendt');
    document.getElementById('sendt-melding').textContent = message;
    form.hidden = true;
    sent.hidden = false;
    sent.focus();
  }

  /** Every field error at its field and as a link in the summary; other problems as title and detail. */
  function showProblem(form, problem) {
    clearErrors(form);
    const summary = form.querySelector('.error-summary');
    const heading = summary.querySelector('h2');
    const text = summary.querySelector('p');
    const list = summary.querySelector('ul');
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    heading.dataset.original = heading.dataset.original || heading.textContent;
    heading.textContent = errors.length > 0 ? heading.dataset.original : problem.title;
    text.textContent = errors.length > 0 ? '' : (problem.detail || '');
    text.hidden = errors.length > 0 || !problem.detail;
    list.replaceChildren();
    const shown = new Set();
    for (const error of errors) {
      const name = String(error.field || '').split('/')[1] || '';
      const field = name && form.querySelector('[data-field="' + CSS.escape(name) + '"]');
      if (field && shown.has(name)) {
        continue; // one message per field: "/interests/0" and "/interests/1" are one field
      }
      shown.add(name);
      const item = document.createElement('li');
      if (field) {
        const control = markInvalid(field, name, error.message);
        const link = document.createElement('a');
        link.href = '#' + control.id;
        link.textContent = label(field) + ': ' + error.message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          control.focus();
        });
        item.append(link);
      } else {
        item.textContent = error.message;
      }
      list.append(item);
    }
    summary.hidden = false;
    summary.focus();
  }

  function markInvalid(field, name, message) {
    const error = document.createElement('span');
    error.className = 'field-error';
    error.id = name + '-error';
    error.textContent = message;
    field.insertBefore(error, field.querySelector(FIRST_CONTROL));
    field.classList.add('invalid');
    const group = field.matches('fieldset');
    const control = group ? field.querySelector('input') : document.getElementById(field.querySelector('label').htmlFor);
    const described = group ? field : control;
    described.dataset.describedBy = described.getAttribute('aria-describedby') || '';
    described.setAttribute('aria-describedby', (error.id + ' ' + described.dataset.describedBy).trim());
    field.querySelectorAll(CONTROLS).forEach((input) => {
      if (input.type !== 'search') {
        input.setAttribute('aria-invalid', 'true');
      }
    });
    return control;
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach((error) => error.remove());
    form.querySelectorAll('.invalid').forEach((field) => field.classList.remove('invalid'));
    form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
    form.querySelectorAll('[data-described-by]').forEach((element) => {
      if (element.dataset.describedBy) {
        element.setAttribute('aria-describedby', element.dataset.describedBy);
      } else {
        element.removeAttribute('aria-describedby');
      }
      delete element.dataset.describedBy;
    });
  }

  function label(field) {
    const caption = field.querySelector('legend, label');
    return caption.textContent.replace(/\s*\(valgfritt\)\s*$/, '').replace(/\s+/g, ' ').trim();
  }

  /**
   * A search field over the municipality list: typing narrows the list (by name, any part, any
   * case), which is then shown open as a list box; a single match is chosen at once.
   */
  function municipalitySearch(select) {
    const all = Array.from(select.options).filter((option) => option.value !== '');
    const wrapper = document.createElement('div');
    wrapper.className = 'search';
    const searchLabel = document.createElement('label');
    searchLabel.htmlFor = 'kommunesok';
    searchLabel.textContent = 'Søk etter kommune';
    const input = document.createElement('input');
    input.type = 'search';
    input.id = 'kommunesok';
    input.autocomplete = 'off';
    input.setAttribute('aria-controls', select.id);
    input.setAttribute('aria-describedby', 'kommunesok-treff');
    const count = document.createElement('p');
    count.id = 'kommunesok-treff';
    count.className = 'status';
    count.setAttribute('role', 'status');
    count.textContent = all.length + ' kommuner';
    wrapper.append(searchLabel, input, count);
    select.before(wrapper);
    select.replaceChildren(...all);
    select.selectedIndex = -1;
    select.size = 6;

    input.addEventListener('input', () => {
      const query = input.value.trim().toLocaleLowerCase('nb');
      const chosen = select.value;
      const matches = all.filter((option) => option.text.toLocaleLowerCase('nb').includes(query));
      select.replaceChildren(...matches);
      if (matches.some((option) => option.value === chosen)) {
        select.value = chosen;
      } else {
        select.selectedIndex = matches.length === 1 ? 0 : -1;
      }
      count.textContent = matches.length === 0 ? 'Ingen kommuner passer. Sjekk stavemåten.'
        : matches.length === 1 ? '1 kommune passer: ' + matches[0].text + '.'
          : matches.length + ' kommuner passer.';
    });
    input.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === 'ArrowDown') && select.options.length > 0) {
        event.preventDefault(); // Enter chooses from the list rather than sending the form
        if (select.selectedIndex < 0) {
          select.selectedIndex = 0;
        }
        select.focus();
      }
    });
  }

  document.querySelectorAll('form[method=post]').forEach(enhanceForm);
  const municipality = document.getElementById('municipalityNumber');
  if (municipality) {
    municipalitySearch(municipality);
  }
}());
