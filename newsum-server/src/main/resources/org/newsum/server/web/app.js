// newsum web page: collects articles, calls POST /api/summarize, shows the attributed summary
// and highlights each summary sentence's character span in its source text.
(function () {
  'use strict';

  const COLORS = ['#2251c9', '#c2410c', '#0f766e', '#7e22ce', '#b91c1c', '#4d7c0f', '#0369a1', '#a16207'];
  const articles = document.getElementById('articles');
  const template = document.getElementById('article-template');
  const statusLine = document.getElementById('status');
  const summarizeButton = document.getElementById('summarize');
  const summaryList = document.getElementById('summary');
  const sources = document.getElementById('sources');

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
    return [...articles.children].find(a => !a.querySelector('.article-text').value.trim());
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

  function titleOf(text) {
    const line = text.split('\n').map(l => l.trim()).find(l => l.length > 0) || '';
    return line.length > 90 ? line.slice(0, 87) + '…' : line;
  }

  function collectRequest() {
    const docs = [];
    [...articles.children].forEach((node, i) => {
      const text = node.querySelector('.article-text').value;
      if (!text.trim()) return;
      const html = node.dataset.format === 'html';
      // An HTML page's own headline is used when the user gives no title.
      const title = node.querySelector('.article-title').value.trim() || (html ? '' : titleOf(text));
      const doc = { id: label(i), title: title };
      doc[html ? 'html' : 'text'] = text;
      // yyyy-mm-dd, or empty when not given; an HTML page's own date is used when none is given.
      const date = node.querySelector('.article-date').value;
      if (date) doc.date = date;
      docs.push(doc);
    });
    const request = { docs: docs, method: document.getElementById('method').value };
    const length = Number(document.getElementById('length').value);
    request[document.getElementById('unit').value] = Number.isInteger(length) ? length : -1;
    const query = document.getElementById('query').value.trim();
    if (query) request.query = query;
    return request;
  }

  async function summarize() {
    const request = collectRequest();
    if (request.docs.length === 0) {
      showStatus('Paste at least one article (two or more give a better summary).', true);
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
        showStatus(body.error || ('request failed with status ' + response.status), true);
        return;
      }
      render(body);
      showStatus('Done.');
    } catch (e) {
      showStatus('Cannot reach the newsum server: ' + e.message, true);
    } finally {
      summarizeButton.disabled = false;
    }
  }

  // Badges show the article's letter from the input boxes (its id), in that box's colour.
  function badge(id, fallbackIndex) {
    const b = document.createElement('span');
    b.className = 'badge';
    const boxIndex = /^[A-Z]$/.test(id) ? id.charCodeAt(0) - 65 : fallbackIndex;
    b.textContent = /^[A-Z]$/.test(id) ? id : label(fallbackIndex);
    b.style.setProperty('--c', color(boxIndex));
    return b;
  }

  function render(result) {
    const docIndex = new Map(result.documents.map((d, i) => [d.id, i]));
    const docBadge = id => badge(id, docIndex.get(id));
    summaryList.replaceChildren();
    document.getElementById('empty-state').hidden = true;

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
        s.alsoIn.forEach(id => also.append(docBadge(id)));
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

  // The document text split at the summary sentences' spans; each span becomes a <mark>.
  function sourceView(doc, i, sentences) {
    const view = document.createElement('article');
    view.className = 'source-doc';
    view.id = 'source-' + i;
    const head = document.createElement('h3');
    const title = document.createElement('span');
    title.className = 'title';
    title.dir = 'auto';
    title.textContent = doc.title || doc.id;
    head.append(badge(doc.id, i), title);
    const body = document.createElement('div');
    body.className = 'source-text';
    body.dir = 'auto';
    const spans = sentences.map((s, k) => ({ k: k, start: s.span[0], end: s.span[1], doc: s.doc }))
      .filter(s => s.doc === doc.id)
      .sort((a, b) => a.start - b.start);
    let at = 0;
    spans.forEach(s => {
      if (s.start < at) return;
      body.append(document.createTextNode(tidy(doc.text.slice(at, s.start))));
      const mark = document.createElement('mark');
      mark.dataset.sentence = s.k;
      mark.textContent = doc.text.slice(s.start, s.end);
      mark.addEventListener('click', () => highlight(s.k, true, true));
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

  function highlight(k, scroll, fromSource) {
    document.querySelectorAll('.summary-sentence.active, .source-text mark.active')
      .forEach(e => e.classList.remove('active'));
    const item = summaryList.querySelector('[data-sentence="' + k + '"]');
    const mark = sources.querySelector('mark[data-sentence="' + k + '"]');
    if (item) item.classList.add('active');
    if (!mark) return;
    mark.classList.add('active');
    const box = mark.parentElement;
    box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
    if (scroll) {
      hoverPausedUntil = Date.now() + 1000;
      (fromSource ? item : mark.closest('.source-doc')).scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  async function loadMethods() {
    try {
      const response = await fetch('/api/methods');
      const body = await response.json();
      const select = document.getElementById('method');
      select.replaceChildren(...body.methods.map(m => {
        const option = document.createElement('option');
        option.value = m.name;
        option.textContent = m.name;
        option.title = m.description;
        return option;
      }));
      select.value = body.default;
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
  summarizeButton.addEventListener('click', summarize);

  addArticle();
  addArticle();
  loadMethods();
})();
