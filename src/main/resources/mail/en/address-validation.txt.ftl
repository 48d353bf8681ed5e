Hello ${firstName},

This address was just given as the personal e-mail address of the ${institution} account "${identifier}".

To validate it, open this link within ${hours} hours, sign in if asked, then confirm:

${link}

If you did not ask for this, ignore this message: the address will not be validated. If in doubt, contact support: ${support}.

IT support — ${institution}
