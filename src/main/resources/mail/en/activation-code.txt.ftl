Hello ${firstName},

To activate your ENT account (${institution}), type this code on the "Activate your account" page within ${minutes} minutes:

${code}

The code works once. Give it to nobody: support will never ask for it. If you did not ask for this, ignore this message: nothing was activated. If in doubt, contact support: ${support}.

IT support — ${institution}
