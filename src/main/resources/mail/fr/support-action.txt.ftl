Bonjour ${firstName},

Le support informatique a ${action}, le ${when}, pour votre compte ${institution} (identifiant : ${identifier}).

Ce n'était pas à votre demande ? Contactez sans attendre le support : ${support}.

Support informatique — ${institution}
