package fr.ent.sesame.account;

import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import java.io.Serializable;
import java.time.Instant;

/** What Mon compte shows: never a secret, only whether one is set. */
public record AccountSummary(
        Identifier identifier,
        String firstName,
        String lastName,
        AccountKind kind,
        boolean secretQuestionSet,
        EmailAddress validatedAddress,
        Instant addressValidatedAt,
        EmailAddress pendingAddress,
        Instant passwordChangedAt)
        implements Serializable {}
