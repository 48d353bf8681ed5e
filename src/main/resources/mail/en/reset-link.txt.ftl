Hello ${firstName},

You asked to reset the password of your ${institution} account (identifier: ${identifier}).

To choose a new password, open this link within ${minutes} minutes:

${link}

The link works once. If you did not ask for this, ignore this message: your password stays as it is. If in doubt, contact support: ${support}.

IT support — ${institution}
