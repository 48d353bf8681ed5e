package fr.ent.sesame.settings;

import java.time.Duration;
import java.util.List;

/**
 * How Sésame reaches the university's directory and reads people in it ({@code sesame.ldap.*}; defaults
 * and meaning in docs/ldap.md). Filters are LDAP filter strings
 * written by the site's admin; values typed by people are never put into them as text.
 */
public record LdapSettings(
        List<String> urls,
        boolean startTls,
        String bindDn,
        String bindPassword,
        Duration connectTimeout,
        Duration responseTimeout,
        int poolSize,
        String peopleBase,
        String peopleFilter,
        Attributes attributes,
        String personalAddressAttribute,
        String temporaryFilter,
        String disabledFilter,
        String notActivatedFilter) {

    /** The attribute names of a person's entry; {@code none} for one the site does not have. */
    public record Attributes(
            String identifier,
            String lastName,
            String firstName,
            String birthDate,
            String studentNumber,
            String ine,
            String staffNumber,
            String enrolmentAddress) {}
}
