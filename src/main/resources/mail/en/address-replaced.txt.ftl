Hello ${firstName},

Your ${institution} account (identifier: ${identifier}) now has another validated personal e-mail address: reset messages will no longer come here.

Wasn't you? Contact support right away: ${support}.

IT support — ${institution}
