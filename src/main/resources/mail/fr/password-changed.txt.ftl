Bonjour ${firstName},

Le mot de passe de votre compte ${institution} (identifiant : ${identifier}) a été modifié le ${when}, depuis l'adresse ${clientAddress}.

Ce n'était pas vous ? Contactez sans attendre le support : ${support}.

Support informatique — ${institution}
