Hello ${firstName},

You asked for your ENT identifier (${institution}) from the "Who am I" page. Here it is:

${identifier}

If you did not ask for it, ignore this message; if in doubt, contact support: ${support}.

IT support — ${institution}
