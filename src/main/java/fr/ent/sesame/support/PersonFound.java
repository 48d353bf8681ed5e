package fr.ent.sesame.support;

import fr.ent.sesame.directory.Account;
import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.kernel.Identifier;
import java.io.Serializable;

/**
 * One person a search found, with just enough to tell namesakes apart on the phone (names, kind, state,
 * birth year, student or staff); nothing more until the agent opens the account.
 */
public record PersonFound(
        Long id,
        Identifier identifier,
        String lastName,
        String firstName,
        AccountKind kind,
        AccountState state,
        Integer birthYear,
        Affiliation affiliation)
        implements Serializable {

    /** Student (a student number or an INE), staff (a staff number), both, or neither known. */
    public enum Affiliation {
        STUDENT,
        STAFF,
        BOTH,
        UNKNOWN;

        static Affiliation of(Account account) {
            boolean student = account.studentNumber() != null || account.ine() != null;
            boolean staff = account.staffNumber() != null;
            return student && staff ? BOTH : student ? STUDENT : staff ? STAFF : UNKNOWN;
        }
    }

    static PersonFound of(Account account) {
        return new PersonFound(
                account.id(),
                account.identifier(),
                account.lastName(),
                account.firstName(),
                account.kind(),
                account.state(),
                account.birthDate() == null ? null : account.birthDate().getYear(),
                Affiliation.of(account));
    }
}
