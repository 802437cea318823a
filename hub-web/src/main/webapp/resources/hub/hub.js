/*
 * hub-web: when an ajax request fails (the hub cannot be reached, or the session has ended and the
 * request was sent to the sign-in page), say so in words instead of failing silently. What was
 * typed stays on the page.
 */
(function () {
    function showProblem() {
        var notice = document.getElementById('ajaxProblem');
        if (notice) {
            notice.hidden = false;
            notice.focus();
        }
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxError', showProblem);
    }
})();
