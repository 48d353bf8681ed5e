Hello ${firstName},

The IT support desk ${action} on ${when}, for your ${institution} account (identifier: ${identifier}).

You did not ask for this? Contact support at once: ${support}.

IT support — ${institution}
