// Progressive enhancement only: every page works without this file.
document.addEventListener('click', function (event) {
  // Destructive actions ask once: <button data-confirm="确定停用该账号？">
  var target = event.target.closest('[data-confirm]');
  if (target && !window.confirm(target.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
