// wsoa preview: reloads the page when the plan has been rebuilt. The preview server adds this
// script to the page it serves; the published page never has it.
(function () {
  'use strict';
  var version = document.currentScript.getAttribute('data-version');
  function wait() {
    // The server answers as soon as the page changes, or after a while with the same version.
    fetch('/_wsoa/wait?after=' + encodeURIComponent(version), { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (latest) {
        if (latest !== version) {
          window.location.reload();
        } else {
          wait();
        }
      })
      .catch(function () {
        // The preview was stopped or is restarting: try again shortly.
        window.setTimeout(wait, 1000);
      });
  }
  wait();
}());
