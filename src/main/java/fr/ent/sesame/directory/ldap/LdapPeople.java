package fr.ent.sesame.directory.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import fr.ent.sesame.directory.AccountKind;
import fr.ent.sesame.directory.AccountState;
import fr.ent.sesame.directory.DirectoryEntry;
import fr.ent.sesame.directory.DirectoryUnavailable;
import fr.ent.sesame.directory.MemberNumbers;
import fr.ent.sesame.directory.PeopleDirectory;
import fr.ent.sesame.kernel.EmailAddress;
import fr.ent.sesame.kernel.Identifier;
import fr.ent.sesame.settings.LdapSettings;
import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * People as the directory holds them. Every search is the site's people filter AND an equality on one
 * attribute, built with the SDK's filter builder from the typed value (escaped there: {@code *)(uid=*}
 * matches nobody). Whether an entry is temporary, disabled or not activated is the site's filter, asked of
 * the directory on that entry (a filter may test what Sésame may not read, such as {@code userPassword}).
 */
@ApplicationScoped
public class LdapPeople implements PeopleDirectory {

    private static final Logger LOG = Logger.getLogger("sesame.ldap");
    private static final DateTimeFormatter SCHAC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** More than this many entries for one number is a directory to fix, not a person to guess among. */
    private static final int MOST_ENTRIES = 10;

    @Inject
    LdapConnections connections;

    @Inject
    Settings settings;

    /** A person (the directory's entry, as Sésame reads it) and where it is. */
    record Found(String dn, Person person) {}

    @Override
    public Optional<Person> byIdentifier(Identifier identifier) {
        return withIdentifier(identifier).map(Found::person);
    }

    @Override
    public List<Person> byAnyNumber(String number) {
        LdapSettings.Attributes a = settings.ldap().attributes();
        return people(number, a.studentNumber(), a.ine(), a.staffNumber());
    }

    @Override
    public List<Person> byStudentOrStaffNumber(String number) {
        LdapSettings.Attributes a = settings.ldap().attributes();
        return people(number, a.studentNumber(), a.staffNumber());
    }

    @Override
    public void recordPersonalAddress(Identifier identifier, EmailAddress address) {
        replacePersonalAddress(identifier, "writing", address.value());
    }

    /**
     * Equality or approximate match on both names: equality is the directory's case-insensitive rule, and
     * OpenLDAP's approximate match ({@code ~=}) drops accents, so "Emile" finds "Émile". The caller keeps
     * only exact folded matches of what comes back; more than {@code limit} entries come back cut.
     */
    @Override
    public List<Person> byName(String lastName, String firstName, int limit) {
        LdapSettings.Attributes a = settings.ldap().attributes();
        Filter match = Filter.createANDFilter(
                Filter.createORFilter(
                        Filter.createEqualityFilter(a.lastName(), lastName),
                        Filter.createApproximateMatchFilter(a.lastName(), lastName)),
                Filter.createORFilter(
                        Filter.createEqualityFilter(a.firstName(), firstName),
                        Filter.createApproximateMatchFilter(a.firstName(), firstName)));
        return search(match, limit).stream().map(Found::person).toList();
    }

    @Override
    public boolean isMember(Identifier identifier, String groupDn) {
        Optional<String> dn = dnOf(identifier);
        if (dn.isEmpty()) {
            return false;
        }
        try {
            SearchRequest request = new SearchRequest(
                    groupDn,
                    SearchScope.BASE,
                    Filter.createORFilter(
                            Filter.createEqualityFilter("member", dn.get()),
                            Filter.createEqualityFilter("uniqueMember", dn.get())),
                    SearchRequest.NO_ATTRIBUTES);
            request.setTimeLimitSeconds(
                    (int) Math.max(1, settings.ldap().responseTimeout().toSeconds()));
            return connections.pool().search(request).getEntryCount() > 0;
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == com.unboundid.ldap.sdk.ResultCode.NO_SUCH_OBJECT) {
                LOG.warning(() -> "The group " + groupDn
                        + " named by the settings is not in the directory: nobody gets its role");
                return false;
            }
            throw new DirectoryUnavailable("reading the group " + groupDn, e);
        }
    }

    @Override
    public void forgetPersonalAddress(Identifier identifier) {
        // A replace with no value removes every value, and is no error when there was none.
        replacePersonalAddress(identifier, "removing");
    }

    /**
     * The entry's personal-address attribute replaced by these values (none: removed); nothing when the site
     * names no such attribute.
     */
    private void replacePersonalAddress(Identifier identifier, String doing, String... values) {
        String attribute = settings.ldap().personalAddressAttribute();
        if ("none".equals(attribute)) {
            return;
        }
        String dn =
                dnOf(identifier).orElseThrow(() -> new DirectoryUnavailable("finding " + identifier + " again", null));
        try {
            connections.pool().modify(dn, new Modification(ModificationType.REPLACE, attribute, values));
        } catch (LDAPException e) {
            throw new DirectoryUnavailable(doing + " " + attribute + " of " + identifier, e);
        }
    }

    /** The entry's DN for this identifier, for a bind or a Password Modify. */
    Optional<String> dnOf(Identifier identifier) {
        return withIdentifier(identifier).map(Found::dn);
    }

    private Optional<Found> withIdentifier(Identifier identifier) {
        return search(Filter.createEqualityFilter(settings.ldap().attributes().identifier(), identifier.value()))
                .stream()
                .findFirst();
    }

    private List<Person> people(String value, String... attributes) {
        List<Filter> any = new ArrayList<>();
        for (String attribute : attributes) {
            if (!"none".equals(attribute)) {
                any.add(Filter.createEqualityFilter(attribute, value));
            }
        }
        return any.isEmpty()
                ? List.of()
                : search(Filter.createORFilter(any)).stream().map(Found::person).toList();
    }

    private List<Found> search(Filter match) {
        return search(match, MOST_ENTRIES);
    }

    private List<Found> search(Filter match, int limit) {
        LdapSettings ldap = settings.ldap();
        LdapSettings.Attributes a = ldap.attributes();
        try {
            Filter people = Filter.createANDFilter(Filter.create(ldap.peopleFilter()), match);
            SearchRequest request = new SearchRequest(
                    ldap.peopleBase(),
                    SearchScope.SUB,
                    people,
                    "entryUUID",
                    a.identifier(),
                    a.lastName(),
                    a.firstName(),
                    a.birthDate(),
                    a.studentNumber(),
                    a.ine(),
                    a.staffNumber(),
                    a.enrolmentAddress());
            request.setSizeLimit(limit);
            request.setTimeLimitSeconds((int) Math.max(1, ldap.responseTimeout().toSeconds()));
            SearchResult result;
            try {
                result = connections.pool().search(request);
            } catch (LDAPSearchException e) {
                if (e.getResultCode() != com.unboundid.ldap.sdk.ResultCode.SIZE_LIMIT_EXCEEDED
                        || limit <= MOST_ENTRIES) {
                    throw e;
                }
                // A name many people share (the support desk's search): the first ones come back.
                result = e.getSearchResult();
            }
            List<Found> found = new ArrayList<>();
            for (SearchResultEntry entry : result.getSearchEntries()) {
                Optional<Identifier> identifier = Identifier.parse(value(entry, a.identifier()));
                if (identifier.isEmpty()) {
                    // No account could hold it (the member import refuses such a row too): this person is not
                    // served, and IT learns why. The value itself stays out of the log.
                    LOG.warning(() -> "The entry " + entry.getDN() + " has no " + a.identifier()
                            + " that Sésame accepts as an identifier (1 to 64 of a-z, 0-9, '.', '_', '-'): skipped");
                    continue;
                }
                found.add(new Found(
                        entry.getDN(),
                        new Person(entry.getAttributeValue("entryUUID"), entryOf(identifier.get(), entry, ldap))));
            }
            return found;
        } catch (LDAPSearchException e) {
            throw new DirectoryUnavailable("searching people", e);
        } catch (LDAPException e) {
            throw new DirectoryUnavailable(
                    "searching people (check sesame.ldap.people-filter and the state filters)", e);
        }
    }

    private DirectoryEntry entryOf(Identifier identifier, SearchResultEntry entry, LdapSettings ldap)
            throws LDAPException {
        LdapSettings.Attributes a = ldap.attributes();
        // Most people are regular and active: one search says none of the three filters matches.
        boolean ordinary = !matches(
                entry.getDN(), anyOf(ldap.temporaryFilter(), ldap.disabledFilter(), ldap.notActivatedFilter()));
        AccountKind kind = !ordinary && matches(entry.getDN(), ldap.temporaryFilter())
                ? AccountKind.TEMPORARY
                : AccountKind.REGULAR;
        AccountState state = ordinary
                ? AccountState.ACTIVE
                : matches(entry.getDN(), ldap.disabledFilter())
                        ? AccountState.DISABLED
                        : matches(entry.getDN(), ldap.notActivatedFilter())
                                ? AccountState.NOT_ACTIVATED
                                : AccountState.ACTIVE;
        return new DirectoryEntry(
                identifier,
                orEmpty(value(entry, a.lastName())),
                orEmpty(value(entry, a.firstName())),
                birthDate(entry, a.birthDate()),
                number(entry, a.studentNumber()),
                number(entry, a.ine()),
                number(entry, a.staffNumber()),
                kind,
                state,
                null,
                EmailAddress.parse(value(entry, a.enrolmentAddress())).orElse(null));
    }

    /** The filters or'ed together, the site's {@code none} left out ({@code none} when all are). */
    private static String anyOf(String... filters) {
        StringBuilder any = new StringBuilder();
        int count = 0;
        for (String filter : filters) {
            if (!"none".equals(filter)) {
                any.append(filter);
                count++;
            }
        }
        return count == 0 ? "none" : "(|" + any + ")";
    }

    /** Whether the site's filter matches this entry, asked of the directory (base search, no attribute read). */
    private boolean matches(String dn, String filter) throws LDAPException {
        if ("none".equals(filter)) {
            return false;
        }
        SearchRequest request =
                new SearchRequest(dn, SearchScope.BASE, Filter.create(filter), SearchRequest.NO_ATTRIBUTES);
        return connections.pool().search(request).getEntryCount() > 0;
    }

    private static String value(SearchResultEntry entry, String attribute) {
        return "none".equals(attribute) ? null : entry.getAttributeValue(attribute);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String number(SearchResultEntry entry, String attribute) {
        String value = value(entry, attribute);
        return value == null ? null : MemberNumbers.canonical(value);
    }

    private static LocalDate birthDate(SearchResultEntry entry, String attribute) {
        String value = value(entry, attribute);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), SCHAC_DATE);
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "Birth date '" + value + "' of " + entry.getDN() + " is not YYYYMMDD: ignored");
            return null;
        }
    }
}
