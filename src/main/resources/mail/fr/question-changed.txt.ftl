Bonjour ${firstName},

La question de sécurité de votre compte ${institution} (identifiant : ${identifier}) et sa réponse viennent d'être modifiées.

Ce n'était pas vous ? Contactez sans attendre le support : ${support}.

Support informatique — ${institution}
