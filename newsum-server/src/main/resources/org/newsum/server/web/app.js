// newsum web page: collects articles (text, HTML or a web address), calls POST /api/summarize,
// shows the attributed summary and highlights each summary sentence's character span in its
// source text; "also in" badges jump to where another article says the same thing.
(function () {
  'use strict';

  const COLORS = ['#2251c9', '#c2410c', '#0f766e', '#7e22ce', '#b91c1c', '#4d7c0f', '#0369a1', '#a16207'];
  const DEFAULT_LENGTH = 100;
  const articles = document.getElementById('articles');
  const template = document.getElementById('article-template');
  const statusLine = document.getElementById('status');
  const summarizeButton = document.getElementById('summarize');
  const summaryList = document.getElementById('summary');
  const sources = document.getElementById('sources');
  const output = document.getElementById('output');
  let fetchUrls = false;
  let lastResult = null;

  const label = i => i < 26 ? String.fromCharCode(65 + i) : String(i + 1);
  const color = i => COLORS[i % COLORS.length];

  function addArticle(text, format, fileName) {
    const node = template.content.firstElementChild.cloneNode(true);
    fillArticle(node, text, format, fileName);
    node.querySelector('.remove').addEventListener('click', () => {
      node.remove();
      if (articles.children.length === 0) addArticle();
      renumber();
    });
    setUrlField(node);
    articles.appendChild(node);
    renumber();
    return node;
  }

  function fillArticle(node, text, format, fileName) {
    node.dataset.format = format || 'text';
    node.querySelector('.article-text').value = text || '';
    const note = node.querySelector('.article-note');
    note.hidden = !fileName;
    note.textContent = fileName
      ? 'From ' + fileName + (format === 'html' ? ' (HTML page: the server extracts the article text)' : '')
      : '';
  }

  // The web-address field works only when the server fetches pages (serve --allow-fetch).
  function setUrlField(node) {
    const url = node.querySelector('.article-url');
    url.disabled = !fetchUrls;
    url.placeholder = fetchUrls ? 'or a web address: https://…'
      : 'Web addresses are off on this server (start it with --allow-fetch)';
  }

  function renumber() {
    [...articles.children].forEach((node, i) => {
      const badge = node.querySelector('.badge');
      badge.textContent = label(i);
      badge.style.setProperty('--c', color(i));
      node.querySelector('.article-title').placeholder = 'Article ' + label(i) + ' title (optional)';
    });
    const n = articles.children.length;
    document.getElementById('article-count').textContent = n + (n === 1 ? ' article' : ' articles');
  }

  function firstEmptyArticle() {
    return [...articles.children].find(a => !a.querySelector('.article-text').value.trim()
      && !a.querySelector('.article-url').value.trim());
  }

  function loadFiles(files) {
    [...files].forEach(file => {
      const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
      if (!isHtml && !/\.txt$/i.test(file.name) && !file.type.startsWith('text/')) {
        showStatus(file.name + ': only .txt and .html files can be used', true);
        return;
      }
      file.text().then(content => {
        const format = isHtml ? 'html' : 'text';
        const empty = firstEmptyArticle();
        if (empty) fillArticle(empty, content, format, file.name);
        else addArticle(content, format, file.name);
      });
    });
  }

  function showStatus(message, isError) {
    statusLine.textContent = message;
    statusLine.classList.toggle('error', Boolean(isError));
  }

  // The request, or a message for the user when the form cannot be sent as it is.
  function collectRequest() {
    const docs = [];
    const problems = [];
    [...articles.children].forEach((node, i) => {
      const text = node.querySelector('.article-text').value;
      const url = node.querySelector('.article-url').value.trim();
      if (!text.trim() && !url) return;
      if (text.trim() && url) {
        problems.push('Article ' + label(i) + ' has both text and a web address: clear one of them.');
        return;
      }
      // No title given: the server finds the page's headline.
      const doc = { id: label(i) };
      const title = node.querySelector('.article-title').value.trim();
      if (title) doc.title = title;
      if (url) doc.url = url;
      else doc[node.dataset.format === 'html' ? 'html' : 'text'] = text;
      // yyyy-mm-dd, or empty when not given; an HTML page's own date is used when none is given.
      const date = node.querySelector('.article-date').value;
      if (date) doc.date = date;
      docs.push(doc);
    });
    if (problems.length) return { problem: problems[0] };
    if (docs.length === 0) return { problem: 'Paste at least one article (two or more give a better summary).' };
    const request = { docs: docs, method: document.getElementById('method').value };
    const unit = document.getElementById('unit').value;
    const length = document.getElementById('length').value.trim();
    if (length) {
      const n = Number(length);
      if (!Number.isInteger(n) || n < 1 || n > 1000000) {
        return { problem: 'The length must be a whole number of ' + unit + ' from 1 to 1,000,000'
          + ' (or leave it empty for ' + DEFAULT_LENGTH + ' words).' };
      }
      request[unit] = n;
    }
    const query = document.getElementById('query').value.trim();
    if (query) request.query = query;
    return { request: request };
  }

  async function summarize() {
    const { request, problem } = collectRequest();
    if (problem) {
      showStatus(problem, true);
      return;
    }
    summarizeButton.disabled = true;
    showStatus('Summarizing ' + request.docs.length + (request.docs.length === 1 ? ' article…' : ' articles…'));
    try {
      const response = await fetch('/api/summarize', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request)
      });
      const body = await response.json().catch(() => ({ error: 'the server sent an unreadable answer (' + response.status + ')' }));
      if (!response.ok) {
        showStatus(plain(body.error || ('request failed with status ' + response.status)), true);
        return;
      }
      render(body);
      showStatus('Done.');
      output.scrollIntoView({ block: 'start', behavior: 'smooth' });
    } catch (e) {
      showStatus('Cannot reach the newsum server: ' + e.message, true);
    } finally {
      summarizeButton.disabled = false;
    }
  }

  // Server messages name request fields ("docs[1] ('B')"); the page names the article boxes.
  function plain(message) {
    return message
      .replace(/^docs\[\d+\] \('([^']*)'\): /, 'Article $1: ')
      .replace(/^cluster 'request' has no article text.*/, 'None of the articles has any article text left once menus, ads and links are removed.')
      .replace(/^server busy.*/, 'The server is busy with other summaries; try again in a moment.');
  }

  // Badges show the article's letter from the input boxes (its id), in that box's colour.
  function badge(id, fallbackIndex, tag) {
    const b = document.createElement(tag || 'span');
    b.className = 'badge';
    const boxIndex = /^[A-Z]$/.test(id) ? id.charCodeAt(0) - 65 : fallbackIndex;
    b.textContent = /^[A-Z]$/.test(id) ? id : label(fallbackIndex);
    b.style.setProperty('--c', color(boxIndex));
    return b;
  }

  function render(result) {
    lastResult = result;
    const docIndex = new Map(result.documents.map((d, i) => [d.id, i]));
    const docBadge = (id, tag) => badge(id, docIndex.get(id), tag);
    summaryList.replaceChildren();
    document.getElementById('empty-state').hidden = true;
    document.getElementById('summary-actions').hidden = result.sentences.length === 0;

    result.sentences.forEach((s, k) => {
      const li = document.createElement('li');
      li.className = 'summary-sentence';
      li.tabIndex = 0;
      li.dataset.sentence = k;
      li.dataset.doc = s.doc;
      const text = document.createElement('p');
      text.className = 'sentence-text';
      text.dir = 'auto'; // right-to-left scripts (Arabic, Hebrew, Persian) read right to left
      text.textContent = s.text;
      const source = document.createElement('p');
      source.className = 'source';
      const d = result.documents[docIndex.get(s.doc)];
      const main = document.createElement('span');
      main.className = 'source-main';
      const title = document.createElement('span');
      title.className = 'source-title';
      title.textContent = d.title || d.id;
      title.title = d.title || d.id;
      const index = document.createElement('span');
      index.className = 'source-index';
      index.textContent = '· sentence ' + (s.index + 1);
      main.append(docBadge(s.doc), title, index);
      source.append(main);
      if (s.alsoIn.length > 0) {
        const also = document.createElement('span');
        also.className = 'also';
        also.append(document.createTextNode('also in'));
        s.alsoIn.forEach(id => {
          const jump = docBadge(id, 'button');
          jump.type = 'button';
          jump.classList.add('jump');
          jump.dataset.doc = id;
          jump.title = 'Show where article ' + jump.textContent + ' says this';
          jump.addEventListener('click', e => { e.stopPropagation(); showEcho(k, id); });
          also.append(jump);
        });
        source.append(also);
      }
      li.append(text, source);
      li.addEventListener('mouseenter', () => { if (Date.now() > hoverPausedUntil) highlight(k, false); });
      li.addEventListener('focus', () => highlight(k, true));
      li.addEventListener('click', () => highlight(k, true));
      summaryList.append(li);
    });

    sources.replaceChildren();
    result.documents.forEach((d, i) => sources.append(sourceView(d, i, result.sentences)));
    document.getElementById('sources-heading').hidden = false;
    const words = result.words + (result.words === 1 ? ' word' : ' words');
    const used = new Set(result.sentences.map(s => s.doc)).size;
    const languages = [...new Set(Object.values(result.provenance.documentLanguages || {}))];
    document.getElementById('summary-meta').textContent =
      result.method + ' · ' + words + ' · from ' + used + ' of ' + result.documents.length + ' articles'
      + (languages.length > 1 ? ' · in ' + result.provenance.language + ', articles in ' + languages.join(', ') : '');
  }

  // The document text split at the marked spans: summary sentences taken from it, and its
  // sentences that say what a summary sentence from another article says ("also in").
  function sourceView(doc, i, sentences) {
    const view = document.createElement('article');
    view.className = 'source-doc';
    view.id = 'source-' + i;
    view.dataset.doc = doc.id;
    const head = document.createElement('h3');
    const title = document.createElement('span');
    title.className = 'title';
    title.dir = 'auto';
    title.textContent = doc.title || doc.id;
    head.append(badge(doc.id, i), title);
    const body = document.createElement('div');
    body.className = 'source-text';
    body.dir = 'auto';
    const spans = new Map();
    const spanAt = (start, end) => {
      const key = start + ':' + end;
      if (!spans.has(key)) spans.set(key, { start: start, end: end, k: null, echoes: [] });
      return spans.get(key);
    };
    sentences.forEach((s, k) => {
      if (s.doc === doc.id) spanAt(s.span[0], s.span[1]).k = k;
      (s.alsoInSentences || []).filter(e => e.doc === doc.id).forEach(e => spanAt(e.span[0], e.span[1]).echoes.push(k));
    });
    let at = 0;
    [...spans.values()].sort((a, b) => a.start - b.start).forEach(s => {
      if (s.start < at) return;
      body.append(document.createTextNode(tidy(doc.text.slice(at, s.start))));
      const mark = document.createElement('mark');
      if (s.k !== null) {
        mark.dataset.sentence = s.k;
        mark.addEventListener('click', () => highlight(s.k, true, true));
      } else {
        mark.className = 'echo';
        mark.addEventListener('click', () => highlight(s.echoes[0], true, true));
      }
      mark.dataset.echoOf = ' ' + s.echoes.join(' ') + ' ';
      mark.textContent = doc.text.slice(s.start, s.end);
      body.append(mark);
      at = s.end;
    });
    body.append(document.createTextNode(tidy(doc.text.slice(at))));
    view.append(head, body);
    return view;
  }

  // Display only: blank lines left where page furniture was removed collapse to one empty line.
  function tidy(text) {
    return text.replace(/\n[ \t]*(\n[ \t]*)+/g, '\n\n');
  }

  // After a click scrolls the page, the pointer lands on other sentences: ignore that hover.
  let hoverPausedUntil = 0;

  function clearHighlights() {
    document.querySelectorAll('.summary-sentence.active, .source-text mark.active')
      .forEach(e => e.classList.remove('active'));
  }

  function scrollWithin(mark) {
    const box = mark.parentElement;
    box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
  }

  function highlight(k, scroll, fromSource) {
    clearHighlights();
    const item = summaryList.querySelector('[data-sentence="' + k + '"]');
    const mark = sources.querySelector('mark[data-sentence="' + k + '"]');
    if (item) item.classList.add('active');
    if (!mark) return;
    mark.classList.add('active');
    scrollWithin(mark);
    if (scroll) {
      hoverPausedUntil = Date.now() + 1000;
      (fromSource ? item : mark.closest('.source-doc')).scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  // "also in" badge: scroll to article `doc` and highlight its sentence that says what summary sentence k says.
  function showEcho(k, doc) {
    clearHighlights();
    const item = summaryList.querySelector('[data-sentence="' + k + '"]');
    if (item) item.classList.add('active');
    const view = [...sources.children].find(v => v.dataset.doc === doc);
    if (!view) return;
    const mark = [...view.querySelectorAll('mark')].find(m => m.dataset.echoOf.includes(' ' + k + ' '));
    hoverPausedUntil = Date.now() + 1000;
    if (mark) {
      mark.classList.add('active');
      scrollWithin(mark);
    }
    view.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  // The summary as plain text or Markdown: the sentences, then the sources they came from.
  function summaryAs(markdown) {
    const r = lastResult;
    const byId = new Map(r.documents.map(d => [d.id, d]));
    const name = id => (byId.get(id).title || id);
    const lines = r.sentences.map((s, k) => markdown
      ? (k + 1) + '. ' + s.text + ' *(' + [s.doc, ...s.alsoIn].join(', ') + ')*'
      : s.text + ' [' + [s.doc, ...s.alsoIn].join(', ') + ']');
    const used = [...new Set(r.sentences.flatMap(s => [s.doc, ...s.alsoIn]))].sort();
    const sourceLines = used.map(id => markdown ? '- **' + id + '**: ' + name(id) : id + ': ' + name(id));
    return (markdown ? '## Summary\n\n' : '') + lines.join(markdown ? '\n' : '\n\n')
      + '\n\n' + (markdown ? '**Sources**\n\n' : 'Sources\n') + sourceLines.join('\n') + '\n';
  }

  async function copy(markdown) {
    if (!lastResult) return;
    const text = summaryAs(markdown);
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      // No clipboard permission (e.g. not a secure context): copy through a selected text area.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    showStatus('Summary copied as ' + (markdown ? 'Markdown.' : 'text.'));
  }

  function clearAll() {
    articles.replaceChildren();
    addArticle();
    addArticle();
    document.getElementById('query').value = '';
    document.getElementById('length').value = DEFAULT_LENGTH;
    summaryList.replaceChildren();
    sources.replaceChildren();
    lastResult = null;
    document.getElementById('summary-actions').hidden = true;
    document.getElementById('sources-heading').hidden = true;
    document.getElementById('empty-state').hidden = false;
    document.getElementById('summary-meta').textContent = '';
    showStatus('');
    articles.querySelector('.article-text').focus();
  }

  async function loadMethods() {
    try {
      const response = await fetch('/api/methods');
      const body = await response.json();
      const select = document.getElementById('method');
      select.replaceChildren(...body.methods.map(m => {
        const option = document.createElement('option');
        option.value = m.name;
        option.textContent = m.name === body.default ? m.name + ' (automatic)' : m.name;
        option.title = m.description;
        return option;
      }));
      select.value = body.default;
      fetchUrls = Boolean(body.limits && body.limits.fetchUrls);
      [...articles.children].forEach(setUrlField);
    } catch (e) {
      showStatus('Cannot load the list of methods: ' + e.message, true);
    }
  }

  const dropzone = document.getElementById('dropzone');
  ['dragenter', 'dragover'].forEach(t => dropzone.addEventListener(t, e => { e.preventDefault(); dropzone.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(t => dropzone.addEventListener(t, () => dropzone.classList.remove('over')));
  dropzone.addEventListener('drop', e => { e.preventDefault(); loadFiles(e.dataTransfer.files); });
  document.getElementById('file-input').addEventListener('change', e => { loadFiles(e.target.files); e.target.value = ''; });
  document.getElementById('add-article').addEventListener('click', () => addArticle().querySelector('.article-text').focus());
  document.getElementById('clear-all').addEventListener('click', clearAll);
  document.getElementById('copy-text').addEventListener('click', () => copy(false));
  document.getElementById('copy-markdown').addEventListener('click', () => copy(true));
  summarizeButton.addEventListener('click', summarize);

  addArticle();
  addArticle();
  loadMethods();
})();
