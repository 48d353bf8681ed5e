package fr.ent.sesame.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jeanne.dupont@example.org",
                "p.martin+sesame@etu.unistra.fr",
                "o'brien@example.ie",
                "a_b-c@sub.domain.example",
                "x@xn--bcher-kva.example",
                "jd@example.xn--p1ai"
            })
    void plainAddresses_areAccepted(String address) {
        assertEquals(Optional.of(address), EmailAddress.parse(address).map(EmailAddress::value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "u%evil.example@example.org", // routed by some relays to evil.example
                "u!evil@example.org", // bang path
                "u@127.0.0.1",
                "u@[127.0.0.1]",
                "u@[IPv6:::1]", // no IP addresses
                "u@localhost",
                "u@example",
                "u@example.123", // a DNS name under a top-level domain
                ".u@example.org",
                "u.@example.org",
                "u..v@example.org", // dot-atom
                "\"u v\"@example.org",
                "u@example.org,v@example.org",
                "Jeanne <u@example.org>",
                "u@example.org\r\nBcc: v@example.org",
                "u@-example.org",
                "u@example-.org",
                "@example.org",
                "u@"
            })
    void anythingElse_isRefused(String address) {
        assertEquals(Optional.empty(), EmailAddress.parse(address).map(EmailAddress::value));
    }

    @org.junit.jupiter.api.Test
    void theLocalPart_hasAtMost64Characters_andTheWhole254() {
        assertEquals(
                Optional.empty(),
                EmailAddress.parse("a".repeat(65) + "@example.org").map(EmailAddress::value));
        String longest = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
        assertEquals(254, longest.length());
        assertEquals(Optional.of(longest), EmailAddress.parse(longest).map(EmailAddress::value));
        assertEquals(Optional.empty(), EmailAddress.parse("a" + longest).map(EmailAddress::value));
    }

    @org.junit.jupiter.api.Test
    void surroundingSpaces_andCase_areNotPartOfTheAddress() {
        assertEquals(
                Optional.of("jeanne.dupont@example.org"),
                EmailAddress.parse("  Jeanne.Dupont@Example.ORG ").map(EmailAddress::value));
    }

    @org.junit.jupiter.api.Test
    void aValue_isAlwaysAPlainAddressInCanonicalForm() {
        assertEquals("jd", new EmailAddress("jd@example.org").localPart());
        for (String notCanonical :
                new String[] {"JD@example.org", " jd@example.org", "jd@127.0.0.1", "", "a@b@c.org"}) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> new EmailAddress(notCanonical), notCanonical);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EmailAddress(null));
    }
}
