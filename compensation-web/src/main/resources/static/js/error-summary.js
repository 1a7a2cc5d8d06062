// A page that comes back with problems moves focus to its "There is a problem" summary, so screen
// reader and keyboard users learn of them first and can follow each link to the answer to fix.
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
