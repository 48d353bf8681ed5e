Bonjour ${firstName},

Vous avez demandé votre identifiant ENT (${institution}) depuis l'application « Qui suis-je ». Le voici :

${identifier}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message ; en cas de doute, contactez le support : ${support}.

Support informatique — ${institution}
