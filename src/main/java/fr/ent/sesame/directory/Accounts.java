package fr.ent.sesame.directory;

import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.kernel.Transactions;
import fr.ent.sesame.settings.DirectoryMode;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The accounts repository over the database. In ldap mode the look-ups by identifier and by number ask
 * the university's directory first (with no transaction open) and bring the account row in line with the
 * entry in one short transaction: the row keeps what the directory does not hold (answer, addresses,
 * charter, links), keyed by the entry's stable id.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "sesame")
    EntityManager em;

    @Inject
    Instance<PeopleDirectory> people;

    @Inject
    Settings settings;

    @Inject
    Transactions transactions;

    @Inject
    java.time.Clock clock;

    public Optional<Account> byIdentifier(Identifier identifier) {
        if (fromDirectory()) {
            return people.get().byIdentifier(identifier).map(this::synced);
        }
        return storedByIdentifier(identifier);
    }

    /** The account row as stored, without asking the directory (what every signed-in request checks). */
    public Optional<Account> storedByIdentifier(Identifier identifier) {
        return em
                .createQuery("select a from Account a where a.identifier = :identifier", Account.class)
                .setParameter("identifier", identifier)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Accounts whose student or staff number is {@code number}. */
    public List<Account> byStudentOrStaffNumber(String number) {
        if (fromDirectory()) {
            return people.get().byStudentOrStaffNumber(number).stream()
                    .map(this::synced)
                    .toList();
        }
        return em.createQuery(
                        "select a from Account a where a.studentNumber = :number or a.staffNumber = :number",
                        Account.class)
                .setParameter("number", number)
                .getResultList();
    }

    /** Activation: students prove themselves with their student number or their INE, staff with their staff number. */
    public List<Account> byAnyNumber(String number) {
        if (fromDirectory()) {
            return people.get().byAnyNumber(number).stream().map(this::synced).toList();
        }
        return em.createQuery(
                        "select a from Account a where a.studentNumber = :number or a.staffNumber = :number"
                                + " or a.ine = :number",
                        Account.class)
                .setParameter("number", number)
                .getResultList();
    }

    /**
     * The support desk's search by name: last and first name compared without case or accents, and with
     * "Jean-Marie", "Jean Marie" and "Jean'Marie" alike. At most {@code limit} people; in database mode a
     * scan of the table (no index serves an accent-folded comparison), a few milliseconds for tens of
     * thousands of accounts, and a support agent searches a few times an hour.
     */
    public List<Account> byName(String lastName, String firstName, int limit) {
        String last = Names.folded(lastName);
        String first = Names.folded(firstName);
        if (last.isEmpty() || first.isEmpty()) {
            return List.of();
        }
        if (fromDirectory()) {
            return people.get().byName(lastName.strip(), firstName.strip(), limit).stream()
                    .filter(person -> Names.folded(person.entry().lastName()).equals(last)
                            && Names.folded(person.entry().firstName()).equals(first))
                    .map(this::synced)
                    .toList();
        }
        // The same folding in SQL: TRANSLATE and LOWER exist alike in H2 and PostgreSQL. Capitals with accents
        // are translated too, since a database in the C locale lowers only ASCII letters.
        return em.createQuery(
                        "select a from Account a where"
                                + " FUNCTION('TRANSLATE', LOWER(a.lastName), :accented, :plain) = :last"
                                + " and FUNCTION('TRANSLATE', LOWER(a.firstName), :accented, :plain) = :first"
                                + " order by a.lastName, a.firstName, a.identifier",
                        Account.class)
                .setParameter("accented", Names.ACCENTED)
                .setParameter("plain", Names.PLAIN)
                .setParameter("last", last)
                .setParameter("first", first)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every address the person gave that still counts or waits for validation, validated first. */
    public List<PersonalAddress> currentAddressesOf(Account account) {
        // One query rather than one per state: Mon compte asks this at every view.
        List<PersonalAddress> addresses = new java.util.ArrayList<>(em.createQuery(
                        "select p from PersonalAddress p where p.account = :account and p.state in :states"
                                + " order by p.requestedAt desc",
                        PersonalAddress.class)
                .setParameter("account", account)
                .setParameter("states", List.of(PersonalAddressState.VALIDATED, PersonalAddressState.PENDING))
                .getResultList());
        addresses.sort(java.util.Comparator.comparing(address -> address.state() != PersonalAddressState.VALIDATED));
        return addresses;
    }

    /**
     * ldap mode: whether the person is a member of this directory group (the support desk's roles); a
     * directory that does not answer gives no membership (the role waits for the next sign-in). Database
     * mode: never.
     */
    public boolean isInDirectoryGroup(Identifier identifier, String groupDn) {
        if (!fromDirectory()) {
            return false;
        }
        try {
            return people.get().isMember(identifier, groupDn);
        } catch (DirectoryUnavailable e) {
            java.util.logging.Logger.getLogger("sesame.ldap")
                    .warning(() -> "No support role from " + groupDn + " for " + identifier + " at this sign-in: "
                            + e.getMessage());
            return false;
        }
    }

    /**
     * ldap mode: a personal address the support desk removed leaves the directory too (after its own
     * transaction); a directory that does not answer keeps it there, and the log says so. Database mode:
     * nothing to do.
     */
    public void forgetAddressInDirectory(Identifier identifier) {
        if (fromDirectory()) {
            try {
                people.get().forgetPersonalAddress(identifier);
            } catch (DirectoryUnavailable e) {
                java.util.logging.Logger.getLogger("sesame.ldap")
                        .warning(() -> "The personal address of " + identifier
                                + " removed by the support desk is still in the directory: " + e.getMessage());
            }
        }
    }

    /**
     * ldap mode: a validated personal address goes into the directory too (after its own transaction, with
     * none open); a directory that refuses or does not answer leaves it validated in Sésame, and says so in
     * the log. Database mode: nothing to do.
     */
    public void shareValidatedAddress(Identifier identifier, EmailAddress address) {
        if (fromDirectory()) {
            try {
                people.get().recordPersonalAddress(identifier, address);
            } catch (DirectoryUnavailable e) {
                java.util.logging.Logger.getLogger("sesame.ldap")
                        .warning(() -> "The validated personal address of "
                                + identifier + " is not in the directory: " + e.getMessage()
                                + (e.getCause() == null
                                        ? ""
                                        : ": " + e.getCause().getMessage()));
            }
        }
    }

    private boolean fromDirectory() {
        return settings.directoryMode() == DirectoryMode.LDAP;
    }

    /**
     * The row of this directory entry, brought in line with it: found by the entry's stable id, else by the
     * identifier (a site switching from database mode: the row is adopted and its password hashes dropped,
     * the password now being the directory's), else created.
     */
    private Account synced(PeopleDirectory.Person person) {
        return transactions.inOne(() -> {
            Account account = em
                    .createQuery("select a from Account a where a.directoryId = :id", Account.class)
                    .setParameter("id", person.directoryId())
                    .getResultList()
                    .stream()
                    .findFirst()
                    .or(() -> em
                            .createQuery("select a from Account a where a.identifier = :identifier", Account.class)
                            .setParameter("identifier", person.entry().identifier())
                            .getResultList()
                            .stream()
                            .findFirst())
                    .orElse(null);
            if (account == null) {
                account = new Account(person.entry(), clock.instant());
                em.persist(account);
            } else if (account.passwordHash() != null) {
                em.createQuery("delete from PasswordHistoryEntry h where h.account = :account")
                        .setParameter("account", account)
                        .executeUpdate();
            }
            account.takeDirectoryPerson(person.directoryId(), person.entry(), clock.instant());
            return account;
        });
    }

    /**
     * The accounts among these identifiers (the import job asks for one chunk at a time). The values are
     * written into the SQL rather than bound: PostgreSQL would otherwise soon reuse one generic plan made
     * while the table was nearly empty — a sequential scan — for a first import of tens of thousands of
     * members (measured: 400 rows/s and falling). Being {@link Identifier}s, the values can hold nothing but
     * {@code [a-z0-9._-]}.
     */
    public List<Account> byIdentifiers(List<Identifier> identifiers) {
        return identifiers.isEmpty()
                ? List.of()
                : em.createQuery("select a from Account a where a.identifier in :identifiers", Account.class)
                        .setParameter("identifiers", identifiers)
                        .setHint(
                                org.eclipse.persistence.config.QueryHints.BIND_PARAMETERS,
                                org.eclipse.persistence.config.HintValues.FALSE)
                        .getResultList();
    }

    public Optional<Account> byId(Long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The address currently in force for reset and notices, if one was validated. */
    public Optional<PersonalAddress> validatedAddressOf(Account account) {
        return addressesOf(account, PersonalAddressState.VALIDATED).stream().findFirst();
    }

    public Optional<PersonalAddress> pendingAddressOf(Account account) {
        return addressesOf(account, PersonalAddressState.PENDING).stream().findFirst();
    }

    /** The hashes of the current password and of the {@code count} before it, newest first. */
    public List<String> recentPasswordHashes(Account account, int count) {
        List<String> hashes = new java.util.ArrayList<>();
        if (account.passwordHash() != null) {
            hashes.add(account.passwordHash());
        }
        hashes.addAll(em.createQuery(
                        "select h.passwordHash from PasswordHistoryEntry h where h.account = :account"
                                + " order by h.createdAt desc, h.id desc",
                        String.class)
                .setParameter("account", account)
                .setMaxResults(Math.max(0, count - 1))
                .getResultList());
        return hashes;
    }

    public void create(Account account) {
        em.persist(account);
    }

    public void add(PersonalAddress address) {
        em.persist(address);
        em.flush();
    }

    public Optional<PersonalAddress> addressById(Long id) {
        return Optional.ofNullable(em.find(PersonalAddress.class, id));
    }

    public void record(PasswordHistoryEntry entry) {
        if (entry != null) {
            em.persist(entry);
        }
    }

    private List<PersonalAddress> addressesOf(Account account, PersonalAddressState state) {
        return em.createQuery(
                        "select p from PersonalAddress p where p.account = :account and p.state = :state"
                                + " order by p.requestedAt desc",
                        PersonalAddress.class)
                .setParameter("account", account)
                .setParameter("state", state)
                .getResultList();
    }
}
