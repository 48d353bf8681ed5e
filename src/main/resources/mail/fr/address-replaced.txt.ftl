Bonjour ${firstName},

Votre compte ${institution} (identifiant : ${identifier}) a désormais une autre adresse électronique personnelle validée : les messages de réinitialisation n'arriveront plus ici.

Ce n'était pas vous ? Contactez sans attendre le support : ${support}.

Support informatique — ${institution}
