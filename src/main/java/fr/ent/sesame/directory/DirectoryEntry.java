package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import java.time.LocalDate;

/**
 * One member as the university's student and staff systems describe them: what Sésame takes from there,
 * never a secret. {@code activationKeyHash} is the SHA-256 hex of the key printed on the enrolment papers,
 * or null when the systems give none; {@code enrolmentAddress} is the address the university already has
 * for the person (the activation code is mailed there), or null.
 */
public record DirectoryEntry(
        Identifier identifier,
        String lastName,
        String firstName,
        LocalDate birthDate,
        String studentNumber,
        String ine,
        String staffNumber,
        AccountKind kind,
        AccountState state,
        String activationKeyHash,
        EmailAddress enrolmentAddress) {}
