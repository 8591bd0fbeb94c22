// 执法决定实时推送: listens to the page's stream (server-sent events) and lists each change as it arrives, newest
// first. Text only (textContent), never markup. EventSource reconnects by itself after a timeout or a dropped line.
(function () {
  var list = document.getElementById('live-list');
  var status = document.getElementById('live-status');
  var empty = document.getElementById('live-empty');
  if (!list || !status || !('EventSource' in window)) {
    return;
  }
  var source = new EventSource(list.getAttribute('data-stream'));
  source.addEventListener('ready', function () {
    status.textContent = status.getAttribute('data-connected');
    status.setAttribute('data-state', 'connected');
  });
  source.addEventListener('error', function () {
    status.textContent = status.getAttribute('data-reconnecting');
    status.setAttribute('data-state', 'reconnecting');
  });
  ['decided', 'published', 'withdrawn'].forEach(function (kind) {
    source.addEventListener(kind, function (event) {
      show(kind, JSON.parse(event.data));
    });
  });

  function show(kind, notice) {
    var item = document.createElement('li');
    item.setAttribute('data-kind', kind);
    item.setAttribute('data-number', notice.decisionNumber);
    var time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString('zh-CN', {hour12: false});
    var badge = document.createElement('span');
    badge.className = 'badge' + (kind === 'withdrawn' ? ' bad' : (kind === 'published' ? ' ok' : ''));
    badge.textContent = list.getAttribute('data-kind-' + kind);
    var text = document.createElement('span');
    text.className = 'live-text';
    text.textContent = notice.text;
    item.append(time, ' ', badge, ' ', text);
    if (notice.link) {
      var link = document.createElement('a');
      link.href = notice.link;
      link.textContent = list.getAttribute('data-open');
      item.append(' ', link);
    }
    list.insertBefore(item, list.firstChild);
    if (empty) {
      empty.hidden = true;
    }
  }
})();
