Bonjour ${firstName},

Vous avez demandé à réinitialiser le mot de passe de votre compte ${institution} (identifiant : ${identifier}).

Pour choisir un nouveau mot de passe, ouvrez ce lien dans les ${minutes} minutes :

${link}

Le lien ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé. En cas de doute, contactez le support : ${support}.

Support informatique — ${institution}
