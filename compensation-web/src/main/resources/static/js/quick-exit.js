// Quick exit, as GOV.UK's "Exit this page" does it: one click, or Shift pressed three times, hides
// the page at once and replaces it with a neutral site, so Back does not return here.
(function () {
  var link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  var neutral = link.getAttribute('href');
  var presses = [];

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add('quick-exit--leaving');
    document.title = '';
    window.location.replace(neutral);
  }

  link.addEventListener('click', leave);
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
      leave();
    }
  });
  // Coming back from the back-forward cache: show the page again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove('quick-exit--leaving');
    }
  });
})();
