/* After a refused form, the focus goes to its error summary (a keyboard or screen-reader user starts there,
   not at the top of the page); the box is announced by its role="alert" and can take the focus. A link of the
   summary puts the focus in its field, not only the view: following an in-page link does not focus the
   target in every browser. */
document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('.ui-messages[role=alert]');
    if (box && box.querySelector('li')) {
        box.setAttribute('tabindex', '-1');
        box.focus();
    }
    document.querySelectorAll('a.error-link').forEach(function (link) {
        link.addEventListener('click', function (event) {
            var field = document.getElementById(link.getAttribute('data-field'));
            if (field && !field.matches('input, select, textarea')) {
                // A group (the radio buttons of the question): its chosen radio, or its first.
                field = field.querySelector('input:checked') || field.querySelector('input, select, textarea');
            }
            if (field) {
                event.preventDefault();
                field.focus();
                field.scrollIntoView({block: 'center'});
            }
        });
    });
});
