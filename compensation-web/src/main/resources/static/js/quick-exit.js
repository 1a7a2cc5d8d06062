// Quick exit, as GOV.UK's "Exit this page" does it: one click on a way out (the button, the first
// link on the page, "Finish and leave"), or Shift pressed three times, hides the page at once and
// replaces it with /exit, which ends the session and sends the browser on to a neutral site. The
// page is replaced, so Back does not return here. Without JavaScript the links still go to /exit.
(function () {
  var button = document.getElementById('quick-exit');
  if (!button) {
    return;
  }
  var presses = [];

  function leave(href, event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add('quick-exit--leaving');
    document.title = '';
    window.location.replace(href);
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-quick-exit]'), function (link) {
    link.addEventListener('click', function (event) {
      leave(link.href, event);
    });
  });
  // Only Shift pressed on its own counts: typing a capital letter (Shift with a key) starts the count again.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 3000; });
    presses.push(now);
    if (presses.length >= 3) {
      leave(button.href);
    }
  });
  // Coming back from the back-forward cache: show the page again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove('quick-exit--leaving');
    }
  });
})();
