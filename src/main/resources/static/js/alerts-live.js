// 监管预警 inbox: listens to the stream (server-sent events) and puts each new alert on top of the table, updates the
// state of a row already shown, and says so when a full pass changed too many to list one by one. Text only
// (textContent), never markup. EventSource reconnects by itself after a timeout or a dropped line.
(function () {
  var status = document.getElementById('alerts-live-status');
  var table = document.getElementById('alert-list');
  if (!status || !table || !('EventSource' in window)) {
    return;
  }
  var body = table.tBodies[0];
  var source = new EventSource(status.getAttribute('data-stream'));
  source.addEventListener('ready', function () {
    status.textContent = status.getAttribute('data-connected');
    status.setAttribute('data-state', 'connected');
  });
  source.addEventListener('error', function () {
    status.textContent = status.getAttribute('data-reconnecting');
    status.setAttribute('data-state', 'reconnecting');
  });
  source.addEventListener('raised', function (event) {
    var alert = JSON.parse(event.data);
    if (body.querySelector('tr[data-alert="' + alert.id + '"]')) {
      return;
    }
    var empty = body.querySelector('tr.empty, tr[data-empty]');
    if (empty) {
      empty.remove();
    }
    var row = document.createElement('tr');
    row.setAttribute('data-alert', alert.id);
    row.className = 'arrived';
    var link = document.createElement('a');
    link.href = alert.link;
    link.textContent = alert.reference;
    var state = document.createElement('span');
    state.className = 'badge alert-state warn';
    state.textContent = alert.stateLabel;
    [alert.on, alert.ruleTitle, link, alert.agencyName || '', alert.summary, state, '']
      .forEach(function (content) {
        var cell = document.createElement('td');
        cell.append(content);
        row.append(cell);
      });
    body.insertBefore(row, body.firstChild);
  });
  source.addEventListener('changed', function (event) {
    var alert = JSON.parse(event.data);
    var row = body.querySelector('tr[data-alert="' + alert.id + '"]');
    var state = row && row.querySelector('.alert-state');
    if (state) {
      state.textContent = alert.stateLabel;
      state.className = 'badge alert-state ' + (alert.state === 'OPEN' || alert.state === 'ACKNOWLEDGED' ? 'warn' : 'muted');
    }
  });
  source.addEventListener('many', function () {
    status.textContent = status.getAttribute('data-many');
  });
})();
