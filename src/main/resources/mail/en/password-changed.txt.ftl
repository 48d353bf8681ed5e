Hello ${firstName},

The password of your ${institution} account (identifier: ${identifier}) was changed on ${when}, from the address ${clientAddress}.

Wasn't you? Contact support right away: ${support}.

IT support — ${institution}
