Bonjour ${firstName},

Cette adresse vient d'être indiquée comme adresse électronique personnelle du compte ${institution} « ${identifier} ».

Pour la valider, ouvrez ce lien dans les ${hours} heures, connectez-vous si besoin, puis confirmez :

${link}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : l'adresse ne sera pas validée. En cas de doute, contactez le support : ${support}.

Support informatique — ${institution}
