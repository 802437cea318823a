/*
 * hub-web: when an ajax request fails (the hub cannot be reached, or the session has ended and the
 * request was sent to the sign-in page), say so in words instead of failing silently. What was
 * typed stays on the page. And a file too large to upload is refused before it is sent.
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

    /*
     * A file input with data-max-bytes refuses a larger file at once with the text of its
     * data-too-large (the browser shows it at the field and does not submit the form), instead of
     * sending the whole file only to have it refused.
     */
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input || input.type !== 'file' || !input.getAttribute('data-max-bytes')) {
            return;
        }
        var file = input.files && input.files[0];
        var tooLarge = file && file.size > Number(input.getAttribute('data-max-bytes'));
        input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
        if (tooLarge) {
            input.reportValidity();
        }
    });
})();
