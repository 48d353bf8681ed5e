Bonjour ${firstName},

Pour activer votre compte ENT (${institution}), saisissez ce code sur la page « Activer son compte », dans les ${minutes} minutes :

${code}

Le code ne sert qu'une fois. Ne le communiquez à personne : le support ne vous le demandera jamais. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien n'a été activé. En cas de doute, contactez le support : ${support}.

Support informatique — ${institution}
