/**
 * The report's only script, run in the browser: filters and pagination of
 * the file list, and each file's text rendered from the embedded JSON only
 * when it is opened, so a report of thousands of pages opens at once.
 * Text goes into the page with createTextNode/textContent only: the OCR text
 * is untrusted and never parsed as HTML.
 */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var PAGE_SIZE = 50;
  var state = { rule: '', maxConfidence: Infinity, onlySuggestions: false, page: 0 };
  var opened = {};
  var list = document.getElementById('files');
  var status = document.getElementById('filter-status');
  var pageLabel = document.getElementById('page-label');
  var previous = document.getElementById('page-previous');
  var next = document.getElementById('page-next');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function filtering() { return state.rule !== '' || state.maxConfidence !== Infinity || state.onlySuggestions; }
  function matches(change) {
    return (state.rule === '' || String(change[0]) === state.rule) && change[3] < state.maxConfidence && !(state.onlySuggestions && change[4]);
  }
  function visible(text) { return text.replace(/\\n/g, '⏎').replace(/ /g, '␣') || '∅'; }
  function describe(change) {
    return visible(change[1]) + ' → ' + visible(change[2]) + '   ' + data.rules[change[0]] + ', confidence ' + change[3] + (change[4] ? '' : ', suggestion: not made');
  }

  function renderText(file) {
    var pre = el('pre', 'text');
    var at = 0;
    file.segments.forEach(function (segment) {
      var start = segment[0], end = segment[1], after = segment[2];
      var changes = segment[3].map(function (i) { return file.changes[i]; });
      if (start > at) pre.appendChild(document.createTextNode(file.text.slice(at, start)));
      var made = changes.some(function (c) { return c[4]; });
      var span = el('span', 'c ' + (made ? 'made' : 'suggested') + (changes.some(matches) ? '' : ' dim'));
      var tip = changes.map(describe).join('\\n');
      span.title = tip;
      span.setAttribute('data-tip', tip);
      span.tabIndex = 0;
      if (made) {
        span.appendChild(el('del', '', file.text.slice(start, end)));
        span.appendChild(el('ins', '', after));
      } else {
        span.appendChild(el('span', 'orig', file.text.slice(start, end)));
      }
      pre.appendChild(span);
      at = Math.max(at, end);
    });
    pre.appendChild(document.createTextNode(file.text.slice(at)));
    return pre;
  }

  function fileEntry(index, matching) {
    var file = data.files[index];
    var details = el('details');
    var summary = el('summary');
    summary.appendChild(el('h3', '', file.name));
    var made = file.changes.filter(function (c) { return c[4]; }).length;
    var meta = made + ' made, ' + (file.changes.length - made) + ' suggested';
    if (filtering()) meta += ', ' + matching + ' matching';
    if (file.figures) meta += ' · CER ' + file.figures[0] + ' % → ' + file.figures[1] + ' %';
    summary.appendChild(el('span', 'meta', meta));
    details.appendChild(summary);
    details.addEventListener('toggle', function () {
      opened[index] = details.open;
      if (details.open && details.children.length === 1) details.appendChild(renderText(file));
    });
    if (opened[index]) {
      details.open = true;
      details.appendChild(renderText(file));
    }
    return details;
  }

  function update() {
    var shown = [];
    var changes = 0;
    data.files.forEach(function (file, index) {
      var matching = file.changes.filter(matches).length;
      changes += matching;
      if (!filtering() || matching > 0) shown.push([index, matching]);
    });
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    status.setAttribute('data-files', String(shown.length));
    status.setAttribute('data-changes', String(changes));
    status.textContent = shown.length + ' of ' + data.files.length + ' files shown; ' + changes + ' changes match the filters.';
    pageLabel.textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    previous.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    list.replaceChildren.apply(list, shown.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).map(function (entry) {
      return fileEntry(entry[0], entry[1]);
    }));
  }

  function control(id, event, read) {
    document.getElementById(id).addEventListener(event, function (e) { read(e.target); state.page = 0; update(); });
  }
  control('filter-rule', 'change', function (t) { state.rule = t.value; });
  control('filter-confidence', 'change', function (t) { state.maxConfidence = Number(t.value); });
  control('filter-suggestions', 'change', function (t) { state.onlySuggestions = t.checked; });
  document.getElementById('show-before').addEventListener('change', function (e) { list.classList.toggle('show-before', e.target.checked); });
  previous.addEventListener('click', function () { state.page--; update(); });
  next.addEventListener('click', function () { state.page++; update(); });
  document.getElementById('file-controls').hidden = false;
  update();
})();
`;
