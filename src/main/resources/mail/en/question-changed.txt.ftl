Hello ${firstName},

The security question of your ${institution} account (identifier: ${identifier}) and its answer were just changed.

Wasn't you? Contact support right away: ${support}.

IT support — ${institution}
