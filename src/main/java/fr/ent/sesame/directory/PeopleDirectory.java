package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import java.util.List;
import java.util.Optional;

/**
 * Who people are, where the university's directory says it (ldap mode). In database mode there is no such
 * directory: Sésame's own table is it. Values typed by people reach the directory only as escaped filter
 * values, never as filter text.
 */
public interface PeopleDirectory {

    /** A person as the directory holds them: its stable id ({@code entryUUID}) and what Sésame reads. */
    record Person(String directoryId, DirectoryEntry entry) {}

    Optional<Person> byIdentifier(Identifier identifier);

    /** Student number, INE or staff number (activation). */
    List<Person> byAnyNumber(String number);

    /** Student or staff number (Qui suis-je). */
    List<Person> byStudentOrStaffNumber(String number);

    /**
     * People whose last and first names match, as the directory compares them (its own matching rule, and
     * approximately, so accents typed or not may both be found): the caller keeps those whose folded names
     * are equal. At most {@code limit}.
     */
    List<Person> byName(String lastName, String firstName, int limit);

    /**
     * Whether the person's entry is a member of the group (a {@code groupOfNames} or
     * {@code groupOfUniqueNames} entry, by its DN); false for a group that does not exist.
     */
    boolean isMember(Identifier identifier, String groupDn);

    /** Removes the personal address from the person's entry (the support desk removed it); nothing when the site names no attribute. */
    void forgetPersonalAddress(Identifier identifier);

    /**
     * Writes a newly validated personal address into the person's entry, so the university's other
     * applications see it; nothing when the site names no attribute for it. Called with no transaction open.
     */
    void recordPersonalAddress(Identifier identifier, EmailAddress address);
}
