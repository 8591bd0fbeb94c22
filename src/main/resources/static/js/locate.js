// 亮码即定位 and 扫照签到: asks the browser where it is, only when the user presses the button. Never required:
// without this script, without permission or without a fix, the page works and no place is sent.
// <div data-locate="submit|fill" hidden> inside a form with hidden latitude, longitude and accuracy inputs.
(function () {
  if (!('geolocation' in navigator)) {
    return;
  }
  document.querySelectorAll('[data-locate]').forEach(function (box) {
    var form = box.closest('form');
    var button = box.querySelector('[data-locate-button]');
    var status = box.querySelector('[data-locate-status]');
    if (!form || !button || !status) {
      return;
    }
    box.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = status.getAttribute('data-pending');
      navigator.geolocation.getCurrentPosition(function (position) {
        form.elements.latitude.value = position.coords.latitude;
        form.elements.longitude.value = position.coords.longitude;
        form.elements.accuracy.value = Math.ceil(position.coords.accuracy);
        status.textContent = status.getAttribute('data-done');
        if (box.getAttribute('data-locate') === 'submit') {
          form.submit();
        }
      }, function (error) {
        status.textContent = status.getAttribute(error.code === 1 ? 'data-denied' : 'data-unavailable');
        button.disabled = false;
      }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
    });
  });
}());
