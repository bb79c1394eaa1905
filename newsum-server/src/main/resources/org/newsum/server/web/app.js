// newsum web page. "One story": collects articles (text, HTML or a web address), calls POST
// /api/summarize, shows the attributed summary and highlights each summary sentence's character
// span in its source text; "also in" badges jump to where another article says the same thing.
// "Many articles": reads a feed (dropped folder or files, or pasted JSON lines or articles
// between "---" lines), calls POST /api/stories and lists the stories, each with its summary and
// sources. Everything from the server or the user is inserted as text, never as HTML.
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
  let maxArticles = 100;
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

  // A summary sentence as shown in both modes: its text, then its source (letter, title and
  // `detail`, if any) and the letters `alsoBadge` makes for the other articles that say the same.
  function sentenceParts(s, sourceBadge, sourceTitle, detail, alsoBadge) {
    const text = document.createElement('p');
    text.className = 'sentence-text';
    text.dir = 'auto'; // right-to-left scripts (Arabic, Hebrew, Persian) read right to left
    text.textContent = s.text;
    const source = document.createElement('p');
    source.className = 'source';
    const main = document.createElement('span');
    main.className = 'source-main';
    const title = document.createElement('span');
    title.className = 'source-title';
    title.textContent = sourceTitle;
    title.title = sourceTitle;
    main.append(sourceBadge, title);
    if (detail) {
      const index = document.createElement('span');
      index.className = 'source-index';
      index.textContent = detail;
      main.append(index);
    }
    source.append(main);
    if (s.alsoIn.length > 0) {
      const also = document.createElement('span');
      also.className = 'also';
      also.append(document.createTextNode('also in'), ...s.alsoIn.map(alsoBadge));
      source.append(also);
    }
    return [text, source];
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
      const d = result.documents[docIndex.get(s.doc)];
      li.append(...sentenceParts(s, docBadge(s.doc), d.title || d.id, '· sentence ' + (s.index + 1), id => {
        const jump = docBadge(id, 'button');
        jump.type = 'button';
        jump.classList.add('jump');
        jump.dataset.doc = id;
        jump.title = 'Show where article ' + jump.textContent + ' says this';
        jump.addEventListener('click', e => { e.stopPropagation(); showEcho(k, id); });
        return jump;
      }));
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
      ['method', 'feed-method'].forEach(id => {
        const select = document.getElementById(id);
        select.replaceChildren(...body.methods.map(m => {
          const option = document.createElement('option');
          option.value = m.name;
          option.textContent = m.name === body.default ? m.name + ' (automatic)' : m.name;
          option.title = m.description;
          return option;
        }));
        select.value = body.default;
      });
      fetchUrls = Boolean(body.limits && body.limits.fetchUrls);
      maxArticles = (body.limits && body.limits.maxDocuments) || maxArticles;
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


  // ---- Many articles: a feed grouped into stories ----

  const FEED_FIELDS = ['id', 'title', 'text', 'html', 'date', 'url', 'language'];
  const feedStatus = document.getElementById('feed-status');
  const feedButton = document.getElementById('find-stories');
  const feedText = document.getElementById('feed-text');
  const storyList = document.getElementById('stories');
  // Files read so far: {name, articles: [...], problems: [...]}, in the order they were added.
  let feedFiles = [];

  function showFeedStatus(message, isError) {
    feedStatus.textContent = message;
    feedStatus.classList.toggle('error', Boolean(isError));
  }

  // One line of a JSON-lines feed as an API article: only the fields the API takes, ids and
  // dates as strings. Throws a message when the line is not an article.
  function articleFromJson(line) {
    let value;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw 'not JSON';
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw 'not a JSON object';
    const article = {};
    FEED_FIELDS.forEach(f => {
      const v = value[f];
      if (typeof v === 'string' && v.trim()) article[f] = v;
      else if (typeof v === 'number' && f === 'id') article[f] = String(v);
    });
    if (!article.text && !article.html && !article.url) throw 'no "text", "html" or "url"';
    if (article.text && article.html) delete article.html;
    return article;
  }

  // A feed as text: JSON lines when every line is an object, else articles separated by lines of
  // three or more dashes. Returns {articles, problems}; ids default to `prefix` and a number.
  function parseFeed(text, name, prefix) {
    const lines = text.split(/\r?\n/);
    const filled = lines.filter(l => l.trim());
    const articles = [];
    const problems = [];
    if (filled.length && filled.every(l => l.trim().startsWith('{'))) {
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        try {
          const article = articleFromJson(line);
          if (!article.id) article.id = prefix + (articles.length + 1);
          articles.push(article);
        } catch (problem) {
          problems.push(name + ', line ' + (i + 1) + ': ' + problem);
        }
      });
    } else {
      text.split(/^[ \t]*-{3,}[ \t]*$/m).map(t => t.trim()).filter(Boolean)
        .forEach((t, i) => articles.push({ id: prefix + (i + 1), text: t }));
    }
    return { articles: articles, problems: problems };
  }

  // One file as articles: a .jsonl/.ndjson feed, a .json array of articles, else one article.
  function articlesOfFile(name, content) {
    if (/\.(jsonl|ndjson)$/i.test(name)) return parseFeed(content, name, name + '#');
    if (/\.json$/i.test(name)) {
      try {
        const value = JSON.parse(content);
        const list = Array.isArray(value) ? value : (value && (value.articles || value.docs));
        if (Array.isArray(list)) {
          return parseFeed(list.map(a => JSON.stringify(a)).join('\n'), name, name + '#');
        }
      } catch (e) {
        // not JSON: read as text below
      }
    }
    const html = /\.html?$/i.test(name);
    return { articles: [{ id: name, [html ? 'html' : 'text']: content }], problems: [] };
  }

  const usable = file => /\.(txt|html?|jsonl|ndjson|json)$/i.test(file.name)
    || (!/\.[a-z0-9]+$/i.test(file.name) && file.type.startsWith('text/'));

  async function addFeedFiles(files) {
    const chosen = files.filter(f => usable(f.file));
    const ignored = files.length - chosen.length;
    for (const { file, path } of chosen) {
      const name = path || file.name;
      const read = articlesOfFile(name, await file.text());
      feedFiles = feedFiles.filter(f => f.name !== name).concat([{ name: name, articles: read.articles, problems: read.problems }]);
    }
    renderFeedFiles();
    const problems = feedFiles.flatMap(f => f.problems);
    if (problems.length) showFeedStatus('Left out ' + problems[0] + (problems.length > 1 ? ' (and ' + (problems.length - 1) + ' more lines)' : ''), true);
    else if (ignored) showFeedStatus(ignored + (ignored === 1 ? ' file was' : ' files were') + ' left out: only .txt, .html and .jsonl files are read.');
    else showFeedStatus('');
  }

  function renderFeedFiles() {
    const list = document.getElementById('feed-file-list');
    list.replaceChildren(...feedFiles.map(f => {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'file-name';
      name.textContent = f.name;
      const count = document.createElement('span');
      count.className = 'hint';
      count.textContent = f.articles.length === 1 ? '1 article' : f.articles.length + ' articles';
      li.append(name, count);
      return li;
    }));
    updateFeedCount();
  }

  function feedArticles() {
    const pasted = parseFeed(feedText.value, 'The pasted feed', 'pasted-');
    return { articles: feedFiles.flatMap(f => f.articles).concat(pasted.articles), problems: pasted.problems };
  }

  function updateFeedCount() {
    const n = feedArticles().articles.length;
    document.getElementById('feed-count').textContent = n === 0 ? '' : n === 1 ? '1 article' : n + ' articles';
  }

  // Every file under a dropped folder (entries of the File and Directory Entries API).
  async function filesOfEntry(entry, path) {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      return [{ file: file, path: path + file.name }];
    }
    const reader = entry.createReader();
    const found = [];
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (!batch.length) break;
      for (const child of batch) found.push(...await filesOfEntry(child, path + entry.name + '/'));
    }
    return found;
  }

  async function dropped(transfer) {
    const entries = [...transfer.items].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    if (!entries.length) return addFeedFiles([...transfer.files].map(f => ({ file: f })));
    const files = [];
    for (const entry of entries) files.push(...await filesOfEntry(entry, ''));
    return addFeedFiles(files);
  }

  function feedRequest() {
    const { articles, problems } = feedArticles();
    if (problems.length) return { problem: problems[0] + '.' };
    if (articles.length === 0) return { problem: 'Drop files or a folder, or paste a feed, first.' };
    if (articles.length > maxArticles) {
      return { problem: articles.length + ' articles: this server takes at most ' + maxArticles
        + ' at once (newsum serve --max-docs, or newsum stories on the command line).' };
    }
    const seen = new Map();
    articles.forEach(a => seen.set(a.id, (seen.get(a.id) || 0) + 1));
    const twice = [...seen].find(([, n]) => n > 1);
    if (twice) return { problem: 'Two articles have the id "' + twice[0] + '": ids must be unique.' };
    const request = { articles: articles, method: document.getElementById('feed-method').value };
    const unit = document.getElementById('feed-unit').value;
    const length = document.getElementById('feed-length').value.trim();
    if (length) {
      const n = Number(length);
      if (!Number.isInteger(n) || n < 1 || n > 1000000) {
        return { problem: 'The length must be a whole number of ' + unit + ' from 1 to 1,000,000 (or leave it empty for 100 words).' };
      }
      request[unit] = n;
    }
    return { request: request };
  }

  async function findStories() {
    const { request, problem } = feedRequest();
    if (problem) {
      showFeedStatus(problem, true);
      return;
    }
    feedButton.disabled = true;
    showFeedStatus('Grouping ' + request.articles.length + (request.articles.length === 1 ? ' article…' : ' articles…'));
    try {
      const response = await fetch('/api/stories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request)
      });
      const body = await response.json().catch(() => ({ error: 'the server sent an unreadable answer (' + response.status + ')' }));
      if (!response.ok) {
        showFeedStatus(plainFeed(body.error || ('request failed with status ' + response.status)), true);
        return;
      }
      renderStories(body, request);
      showFeedStatus('Done.');
      document.getElementById('stories-output').scrollIntoView({ block: 'start', behavior: 'smooth' });
    } catch (e) {
      showFeedStatus('Cannot reach the newsum server: ' + e.message, true);
    } finally {
      feedButton.disabled = false;
    }
  }

  // Server messages name request fields ("articles[1] ('b2')"); the page names the article.
  function plainFeed(message) {
    return message
      .replace(/^articles\[\d+\] \('([^']*)'\): /, 'Article "$1": ')
      .replace(/^server busy.*/, 'The server is busy with other summaries; try again in a moment.');
  }

  const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const day = iso => DAY.format(new Date(iso + 'T00:00:00Z'));

  function storyDates(story) {
    if (!story.first_date) return 'undated';
    return story.first_date === story.last_date ? day(story.first_date) : day(story.first_date) + ' – ' + day(story.last_date);
  }

  function renderStories(result, request) {
    const info = new Map(result.articles.map(a => [a.id, a]));
    storyList.replaceChildren(...result.stories.map((story, n) => storyView(story, n, info, result.warnings)));
    document.getElementById('stories-empty').hidden = true;
    const warnings = document.getElementById('stories-warnings');
    warnings.replaceChildren(...result.warnings.map(w => {
      const li = document.createElement('li');
      li.textContent = w;
      return li;
    }));
    warnings.hidden = result.warnings.length === 0;
    const languages = [...new Set(result.articles.map(a => a.language).filter(l => l !== 'und'))];
    const s = result.stories.length;
    document.getElementById('stories-meta').textContent = result.articles.length + ' articles → ' + s
      + (s === 1 ? ' story' : ' stories') + ' · ' + request.method
      + (languages.length > 1 ? ' · articles in ' + languages.join(', ') : '');
  }

  // One story: headline, dates and size, its summary with each sentence's source and "also in"
  // letters, and its sources. Letters name the story's articles in the order they joined it.
  function storyView(story, n, info, warnings) {
    const letters = new Map(story.articles.map((id, i) => [id, i]));
    const titleOf = id => (info.get(id) && info.get(id).title) || id;
    const letter = (id, tag) => {
      const b = badge('', letters.get(id), tag);
      b.title = titleOf(id);
      return b;
    };
    const view = document.createElement('li');
    view.className = 'story';
    const head = document.createElement('h3');
    head.className = 'story-headline';
    head.id = 'story-' + n;
    head.dir = 'auto';
    head.textContent = story.headline || story.id;
    const meta = document.createElement('p');
    meta.className = 'story-meta';
    meta.textContent = storyDates(story) + ' · ' + (story.size === 1 ? '1 article' : story.size + ' articles');
    view.setAttribute('aria-labelledby', head.id);
    view.append(head, meta);
    if (story.summary) {
      const sentences = document.createElement('ol');
      sentences.className = 'story-summary';
      story.summary.sentences.forEach(s => {
        const li = document.createElement('li');
        li.append(...sentenceParts(s, letter(s.doc), titleOf(s.doc), null, id => letter(id)));
        sentences.append(li);
      });
      view.append(sentences);
    } else {
      const none = document.createElement('p');
      none.className = 'hint no-summary';
      const prefix = 'no summary: story ' + story.id + ': ';
      const why = warnings.find(w => w.startsWith(prefix));
      none.textContent = 'No summary' + (why ? ': ' + why.slice(prefix.length) : '.');
      view.append(none);
    }
    const sources = document.createElement('ul');
    sources.className = 'story-sources';
    sources.setAttribute('aria-label', 'Sources of ' + (story.headline || story.id));
    story.articles.forEach(id => {
      const li = document.createElement('li');
      const title = document.createElement('span');
      title.className = 'source-title';
      title.dir = 'auto';
      title.textContent = titleOf(id);
      const detail = document.createElement('span');
      detail.className = 'hint';
      const a = info.get(id);
      detail.textContent = [a && a.date ? day(a.date) : null, id !== titleOf(id) ? id : null].filter(Boolean).join(' · ');
      li.append(letter(id), title, detail);
      sources.append(li);
    });
    view.append(sources);
    return view;
  }

  function clearFeed() {
    feedFiles = [];
    feedText.value = '';
    renderFeedFiles();
    storyList.replaceChildren();
    document.getElementById('stories-warnings').hidden = true;
    document.getElementById('stories-empty').hidden = false;
    document.getElementById('stories-meta').textContent = '';
    showFeedStatus('');
  }

  // The two modes are tabs: one shows its panel and hides the other's.
  function selectMode(many) {
    [['mode-one', 'one-story', !many], ['mode-many', 'many-articles', many]].forEach(([tab, panel, on]) => {
      const t = document.getElementById(tab);
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(panel).hidden = !on;
    });
    if (location.hash !== (many ? '#stories' : '') && (many || location.hash)) {
      history.replaceState(null, '', many ? '#stories' : location.pathname);
    }
  }

  document.getElementById('mode-one').addEventListener('click', () => selectMode(false));
  document.getElementById('mode-many').addEventListener('click', () => selectMode(true));
  document.querySelector('.modes').addEventListener('keydown', e => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const many = document.getElementById('mode-one').getAttribute('aria-selected') === 'true';
    selectMode(many);
    document.getElementById(many ? 'mode-many' : 'mode-one').focus();
  });
  const feedDrop = document.getElementById('feed-drop');
  ['dragenter', 'dragover'].forEach(t => feedDrop.addEventListener(t, e => { e.preventDefault(); feedDrop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(t => feedDrop.addEventListener(t, () => feedDrop.classList.remove('over')));
  feedDrop.addEventListener('drop', e => { e.preventDefault(); dropped(e.dataTransfer); });
  const fileInputs = [document.getElementById('feed-files'), document.getElementById('feed-folder')];
  fileInputs.forEach(input => input.addEventListener('change', async e => {
    await addFeedFiles([...e.target.files].map(f => ({ file: f, path: f.webkitRelativePath || f.name })));
    e.target.value = '';
  }));
  document.getElementById('feed-choose-folder').addEventListener('click', () => fileInputs[1].click());
  document.getElementById('feed-clear').addEventListener('click', clearFeed);
  feedText.addEventListener('input', updateFeedCount);
  feedButton.addEventListener('click', findStories);
  window.addEventListener('hashchange', () => selectMode(location.hash === '#stories'));
  selectMode(location.hash === '#stories');

  addArticle();
  addArticle();
  loadMethods();
})();
