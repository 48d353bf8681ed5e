/* After a refused form, the focus goes to its messages (a keyboard or screen-reader user starts there,
   not at the top of the page); the box is announced by its role="alert" and can take the focus. */
document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('.ui-messages[role=alert]');
    if (box && box.querySelector('li')) {
        box.setAttribute('tabindex', '-1');
        box.focus();
    }
});
