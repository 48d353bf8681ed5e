package fr.ent.sesame.account;

import fr.ent.sesame.directory.AccountKind;
import java.io.Serializable;
import java.time.Instant;

/** What Mon compte shows: never a secret, only whether one is set. */
public record AccountSummary(
        String identifier,
        String firstName,
        String lastName,
        AccountKind kind,
        boolean secretQuestionSet,
        String validatedAddress,
        Instant addressValidatedAt,
        String pendingAddress,
        Instant passwordChangedAt)
        implements Serializable {}
