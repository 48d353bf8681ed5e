package fr.ent.sesame.settings;

import fr.ent.sesame.kernel.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting of Sésame, read through MicroProfile Config at each call, so a system property set
 * by an admin takes effect on the next request. The defaults are in
 * {@code META-INF/microprofile-config.properties} and nowhere else; docs/administering.md ("Settings") lists them.
 */
@ApplicationScoped
public class Settings {

    @Inject
    Config config;

    // ---- Institution ------------------------------------------------------------------------------

    public String institutionName() {
        return text("sesame.institution.name");
    }

    /** The logo's address, or empty when the header shows the institution's name alone. */
    public java.util.Optional<String> institutionLogoUrl() {
        String url = text("sesame.institution.logo-url");
        return "none".equals(url) ? java.util.Optional.empty() : java.util.Optional.of(url);
    }

    /** The institution's colour for the frame, dark enough for white text on it (checked at start). */
    public ThemeColour themeColour() {
        return ThemeColour.parse("sesame.theme.colour", text("sesame.theme.colour"));
    }

    /** The address people reach Sésame at; every link in a mail is built from it, never from the request. */
    public String publicUrl() {
        String url = text("sesame.public-url").strip();
        // Links in mails carry one-time secrets: over plain http only on the developer's own machine.
        absoluteHttpsAddress("sesame.public-url", url);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String supportContact() {
        return text("sesame.support.contact");
    }

    public String supportUrl() {
        return text("sesame.support.url");
    }

    /** The accessibility statement's conformity: none, partial or full (RGAA 4.1), as the last audit found. */
    public String accessibilityStatus() {
        String status = text("sesame.accessibility.status").strip();
        if (!java.util.List.of("none", "partial", "full").contains(status)) {
            throw new InvalidSetting("sesame.accessibility.status", status, "none, partial or full");
        }
        return status;
    }

    /** The statement's facts the institution gives: when it was made, and the audit it rests on ("none": no audit yet). */
    public String accessibilityStatementDate() {
        return text("sesame.accessibility.statement-date");
    }

    public java.util.Optional<String> accessibilityAudit() {
        String audit = text("sesame.accessibility.audit");
        return "none".equals(audit) ? java.util.Optional.empty() : java.util.Optional.of(audit);
    }

    /** The non-accessible content the institution's audit found, one entry each; empty for none known. */
    public java.util.List<String> accessibilityGaps() {
        return listOf("sesame.accessibility.gaps", "\\|");
    }

    public String mailFromName() {
        return text("sesame.mail.from.name");
    }

    public String mailFromAddress() {
        return text("sesame.mail.from.address");
    }

    /** The zone dates are shown in; every stored time is UTC. */
    public java.time.ZoneId timeZone() {
        String zone = text("sesame.time-zone").strip();
        try {
            return java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new InvalidSetting("sesame.time-zone", zone, "a time zone such as Europe/Paris");
        }
    }

    /** False where the site's DBA runs the migrations: the deployment then only checks none is pending. */
    public boolean migrateAtStartup() {
        return flag("sesame.database.migrate-at-startup");
    }

    public boolean demoEnabled() {
        return flag("sesame.demo.enabled");
    }

    // ---- Directory: where people and passwords live --------------------------------------------------

    public DirectoryMode directoryMode() {
        return DirectoryMode.of(text("sesame.directory"));
    }

    public LdapSettings ldap() {
        return new LdapSettings(
                java.util.Arrays.stream(text("sesame.ldap.urls").split("[,\\s]+"))
                        .filter(u -> !u.isBlank())
                        .toList(),
                flag("sesame.ldap.start-tls"),
                text("sesame.ldap.bind-dn"),
                text("sesame.ldap.bind-password"),
                duration("sesame.ldap.connect-timeout"),
                duration("sesame.ldap.response-timeout"),
                number("sesame.ldap.pool-size"),
                text("sesame.ldap.people-base"),
                text("sesame.ldap.people-filter"),
                new LdapSettings.Attributes(
                        text("sesame.ldap.attribute.identifier"),
                        text("sesame.ldap.attribute.last-name"),
                        text("sesame.ldap.attribute.first-name"),
                        text("sesame.ldap.attribute.birth-date"),
                        text("sesame.ldap.attribute.student-number"),
                        text("sesame.ldap.attribute.ine"),
                        text("sesame.ldap.attribute.staff-number"),
                        text("sesame.ldap.attribute.enrolment-address")),
                text("sesame.ldap.attribute.personal-address"),
                text("sesame.ldap.filter.temporary"),
                text("sesame.ldap.filter.disabled"),
                text("sesame.ldap.filter.not-activated"));
    }

    // ---- Sign-in: Sésame's own page, or the university's single sign-on ---------------------------------

    public SignInMode signInMode() {
        return SignInMode.of(text("sesame.sign-in"));
    }

    /**
     * The single sign-on's settings. In form mode they are read but not required (their defaults leave the
     * issuer and secret unset); in oidc mode an issuer and a client secret are required.
     */
    public OidcSettings oidc() {
        boolean required = signInMode() == SignInMode.OIDC;
        java.net.URI issuer = oidcIssuer().orElse(null);
        if (required && issuer == null) {
            throw new InvalidSetting(
                    "sesame.oidc.issuer",
                    null,
                    "the identity provider's issuer, such as https://sso.univ.fr/realms/univ");
        }
        java.util.Optional<String> secret = optionalText("sesame.oidc.client-secret");
        if (required && secret.isEmpty()) {
            throw new InvalidSetting(
                    "sesame.oidc.client-secret", null, "the client secret the identity provider gave (docs/sso.md)");
        }
        String clientId = text("sesame.oidc.client-id").strip();
        if (clientId.isEmpty()) {
            throw new InvalidSetting(
                    "sesame.oidc.client-id", clientId, "the client id registered at the identity provider");
        }
        String scope = text("sesame.oidc.scope").strip();
        if (!java.util.Arrays.asList(scope.split("\\s+")).contains("openid")) {
            throw new InvalidSetting("sesame.oidc.scope", scope, "space-separated scopes that include openid");
        }
        String base = publicUrl();
        return new OidcSettings(
                issuer,
                clientId,
                secret.orElse(null),
                scope,
                claimName("sesame.oidc.identifier-claim"),
                claimName("sesame.oidc.groups-claim"),
                optionalText("sesame.oidc.support-group"),
                optionalText("sesame.oidc.support-readonly-group"),
                duration("sesame.oidc.timeout"),
                java.net.URI.create(base + "/oidc/retour"),
                java.net.URI.create(base + "/index.xhtml?signedOut=true"));
    }

    /** The identity provider's issuer alone, for what needs only that (the pages' security headers). */
    public java.util.Optional<java.net.URI> oidcIssuer() {
        return optionalText("sesame.oidc.issuer").map(value -> absoluteHttpsAddress("sesame.oidc.issuer", value));
    }

    private String claimName(String name) {
        String value = text(name).strip();
        if (!value.matches("[A-Za-z0-9_:.\\-]{1,100}")) {
            throw new InvalidSetting(name, value, "the name of a claim, such as preferred_username or uid");
        }
        return value;
    }

    /** An absolute https address, or http on the developer's own machine. */
    private static java.net.URI absoluteHttpsAddress(String name, String value) {
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            boolean local = uri.getHost() != null
                    && java.util.List.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost());
            if ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local)) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new InvalidSetting(name, value, "an absolute https address (http only for localhost)");
    }

    // ---- Passwords ------------------------------------------------------------------------------

    public int passwordMinLength() {
        return number("sesame.password.min-length");
    }

    public int passwordHistorySize() {
        return number("sesame.password.history-size");
    }

    /** zxcvbn's score (0 to 4) a new password must reach. */
    public int passwordMinStrength() {
        return number("sesame.password.min-strength");
    }

    /** The institution's words besides its name (city, short names) a password must not contain. */
    public java.util.List<String> passwordContextWords() {
        return listOf("sesame.password.context-words", ",");
    }

    // ---- Support desk ---------------------------------------------------------------------------------

    /** Identifiers given the role support (support desk, read and act); none by default. */
    public java.util.Set<Identifier> supportAgents() {
        return identifiers("sesame.support.agents");
    }

    /** ldap mode: the directory group whose members get the role support at sign-in, if the site names one. */
    public java.util.Optional<String> ldapSupportGroup() {
        return optionalText("sesame.ldap.support-group");
    }

    /** ldap mode: the directory group whose members get the role support-readonly at sign-in, if any. */
    public java.util.Optional<String> ldapSupportReadonlyGroup() {
        return optionalText("sesame.ldap.support-readonly-group");
    }

    private java.util.Optional<String> optionalText(String name) {
        String value = text(name).strip();
        return "none".equals(value) || value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    /** How long a reset link the support desk hands over in person stays usable (once). */
    public Duration supportLinkLifetime() {
        return duration("sesame.support.link-lifetime");
    }

    /** Identifiers given the role support-readonly (may only look); none by default. */
    public java.util.Set<Identifier> supportReadonlyAgents() {
        return identifiers("sesame.support.readonly-agents");
    }

    private java.util.Set<Identifier> identifiers(String name) {
        String value = text(name).strip();
        if ("none".equals(value) || value.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<Identifier> identifiers = new java.util.HashSet<>();
        for (String typed : value.split(",")) {
            identifiers.add(Identifier.parse(typed)
                    .orElseThrow(() -> new InvalidSetting(
                            name, value, "identifiers (a-z, 0-9, '.', '_', '-') separated by commas, or none")));
        }
        return java.util.Set.copyOf(identifiers);
    }

    public java.util.Optional<java.nio.file.Path> passwordBlocklistFile() {
        return optionalPath("sesame.password.blocklist-file");
    }

    public int passwordMaxLength() {
        return number("sesame.password.max-length");
    }

    // ---- Hashing ----------------------------------------------------------------------------------

    public int argon2MemoryKib() {
        return number("sesame.hash.argon2.memory-kib");
    }

    public int argon2Iterations() {
        return number("sesame.hash.argon2.iterations");
    }

    public int argon2Parallelism() {
        return number("sesame.hash.argon2.parallelism");
    }

    /** How many hashes one node computes at once; 0 means one per processor. */
    public int hashMaxConcurrent() {
        int configured = number("sesame.hash.max-concurrent");
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /** How many requests may wait for a hashing slot at once; 0 means four per slot. */
    public int hashMaxWaiting() {
        int configured = number("sesame.hash.max-waiting");
        return configured > 0 ? configured : 4 * hashMaxConcurrent();
    }

    public Duration hashQueueTimeout() {
        return duration("sesame.hash.queue-timeout");
    }

    // ---- Start of a node ----------------------------------------------------------------------------

    /** How many times a node renders each anonymous page to itself as it starts; 0: no warm-up. */
    public int warmUpRenders() {
        return number("sesame.warm-up.renders");
    }

    /**
     * Where a node reaches its own HTTP listener for the warm-up, without the context path; empty for
     * {@code auto} (the address and port of WildFly's default {@code http} socket binding).
     */
    public java.util.Optional<java.net.URI> warmUpUrl() {
        String value = text("sesame.warm-up.url").strip();
        if ("auto".equals(value)) {
            return java.util.Optional.empty();
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return java.util.Optional.of(uri);
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new InvalidSetting(
                "sesame.warm-up.url", value, "auto, or an http(s) address such as http://127.0.0.1:8080");
    }

    // ---- Secret questions and Réinitialiser son mot de passe -----------------------------------------

    public java.util.List<String> questionIds() {
        return java.util.List.of(config.getValue("sesame.questions", String[].class));
    }

    public boolean questionProcedureEnabled() {
        return flag("sesame.reset.question.enabled");
    }

    public boolean emailProcedureEnabled() {
        return flag("sesame.reset.email.enabled");
    }

    public int answerMaxFailuresPerAccount() {
        return number("sesame.reset.answer.max-failures-account");
    }

    public int answerMaxFailuresPerClient() {
        return number("sesame.reset.answer.max-failures-client");
    }

    public int answerMaxFailuresPerSession() {
        return number("sesame.reset.answer.max-failures-session");
    }

    public Duration answerFirstLock() {
        return duration("sesame.reset.answer.lock-first");
    }

    public Duration answerMaxLock() {
        return duration("sesame.reset.answer.lock-max");
    }

    // ---- Sign-in ----------------------------------------------------------------------------------

    public int signInMaxFailuresPerAccount() {
        return number("sesame.signin.max-failures-account");
    }

    public int signInMaxFailuresPerClient() {
        return number("sesame.signin.max-failures-client");
    }

    public int signInMaxFailuresPerBrowser() {
        return number("sesame.signin.max-failures-browser");
    }

    public Duration signInFirstLock() {
        return duration("sesame.signin.lock-first");
    }

    public Duration signInMaxLock() {
        return duration("sesame.signin.lock-max");
    }

    public Duration resetStepLifetime() {
        return duration("sesame.reset.step-lifetime");
    }

    public Duration resetLinkLifetime() {
        return duration("sesame.reset.link-lifetime");
    }

    public int resetMailsPerAccountPerHour() {
        return number("sesame.reset.mails-per-account-per-hour");
    }

    public int resetMailsPerClientPerHour() {
        return number("sesame.reset.mails-per-client-per-hour");
    }

    /** Identifiers that mark temporary accounts at this site (a regular expression), beside the account kind. */
    public java.util.Optional<String> temporaryIdentifierPattern() {
        String pattern = text("sesame.temporary.identifier-pattern");
        if ("none".equals(pattern)) {
            return java.util.Optional.empty();
        }
        try {
            java.util.regex.Pattern.compile(pattern);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new InvalidSetting(
                    "sesame.temporary.identifier-pattern", pattern, "a Java regular expression, or none");
        }
        return java.util.Optional.of(pattern);
    }

    // ---- Mon compte ---------------------------------------------------------------------------------

    public int answerMinLength() {
        return number("sesame.answer.min-length");
    }

    public Duration addressLinkLifetime() {
        return duration("sesame.address.link-lifetime");
    }

    public int currentPasswordMaxFailures() {
        return number("sesame.account.current-password.max-failures");
    }

    public int activityEvents() {
        return number("sesame.account.activity-events");
    }

    // ---- Qui suis-je ---------------------------------------------------------------------------

    public boolean recoveryEnabled() {
        return flag("sesame.recovery.enabled");
    }

    /** True when Qui suis-je mails the identifier to the validated personal address instead of showing it. */
    public boolean recoveryByMail() {
        return "mail".equals(text("sesame.recovery.delivery"));
    }

    public int recoveryMailsPerPersonPerHour() {
        return number("sesame.recovery.mails-per-person-per-hour");
    }

    public int recoveryAttemptsPerClientPerHour() {
        return number("sesame.recovery.attempts-per-client-per-hour");
    }

    public int recoveryAttemptsPerSessionPerHour() {
        return number("sesame.recovery.attempts-per-session-per-hour");
    }

    // ---- Activer son compte ---------------------------------------------------------------------

    public boolean activationEnabled() {
        return flag("sesame.activation.enabled");
    }

    /** What a new member must show besides the number and birth date. */
    public ActivationProof activationProof() {
        return ActivationProof.of(text("sesame.activation.proof"));
    }

    /** How long a mailed activation code can be typed. */
    public Duration activationCodeLifetime() {
        return duration("sesame.activation.code-lifetime");
    }

    /** Wrong codes typed before a mailed code dies (the person then asks for a new one). */
    public int activationCodeAttempts() {
        return number("sesame.activation.code-attempts");
    }

    /** Activation codes mailed to one person an hour, whoever asks. */
    public int activationCodesPerPersonPerHour() {
        return number("sesame.activation.codes-per-person-per-hour");
    }

    public int activationAttemptsPerClientPerHour() {
        return number("sesame.activation.attempts-per-client-per-hour");
    }

    public int activationAttemptsPerSessionPerHour() {
        return number("sesame.activation.attempts-per-session-per-hour");
    }

    /** How long the form after a successful identification stays open (charter, password, question, address). */
    public Duration activationStepLifetime() {
        return duration("sesame.activation.step-lifetime");
    }

    /** The version of the usage charter shown at activation, recorded with the acceptance. */
    public String charterVersion() {
        return text("sesame.charter.version");
    }

    /** A directory whose fr/ and en/ charter.html.ftlh replace the built-in charter; none keeps it. */
    public java.util.Optional<java.nio.file.Path> charterDirectory() {
        return optionalPath("sesame.charter.templates-dir");
    }

    // ---- Import of new members -------------------------------------------------------------------

    /** The import job logs its progress every this many rows. */
    public int importProgressEvery() {
        return number("sesame.import.progress-every");
    }

    // ---- Housekeeping ---------------------------------------------------------------------------------

    /** How long expired links, idle counters and sent mails are kept before the hourly purge deletes them. */
    public Retention retention() {
        return new Retention(
                duration("sesame.housekeeping.keep-tokens"),
                duration("sesame.housekeeping.keep-counters"),
                duration("sesame.housekeeping.keep-mails"));
    }

    // ---- Mail -------------------------------------------------------------------------------------

    public java.util.Optional<java.nio.file.Path> mailTemplatesDirectory() {
        return optionalPath("sesame.mail.templates-dir");
    }

    /** A mail waiting longer than this makes the outbox's readiness check say degraded. */
    public Duration healthOutboxMaxWait() {
        return duration("sesame.health.outbox-max-wait");
    }

    public int mailMaxAttempts() {
        return number("sesame.mail.max-attempts");
    }

    private java.util.Optional<java.nio.file.Path> optionalPath(String name) {
        String value = text(name);
        if ("none".equals(value)) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path path = java.nio.file.Path.of(value);
        if (!java.nio.file.Files.isReadable(path)) {
            throw new InvalidSetting(name, value, "a file or folder the server can read (on every node), or none");
        }
        return java.util.Optional.of(path);
    }

    // Each reader below refuses a value it cannot use with an InvalidSetting that names it; SettingsCheck
    // calls every reader when the application starts, so a wrong value fails the deployment, not a request.

    /** A setting that lists entries split by {@code separator} (a regex), blanks dropped; "none" for none. */
    private java.util.List<String> listOf(String name, String separator) {
        String entries = text(name).strip();
        return "none".equals(entries)
                ? java.util.List.of()
                : java.util.Arrays.stream(entries.split(separator))
                        .map(String::strip)
                        .filter(entry -> !entry.isEmpty())
                        .toList();
    }

    private String text(String name) {
        return config.getOptionalValue(name, String.class)
                .orElseThrow(() -> new InvalidSetting(name, null, "a value (an empty value counts as none)"));
    }

    private int number(String name) {
        String value = text(name).strip();
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new InvalidSetting(name, value, "a whole number, 0 or more");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidSetting(name, value, "a whole number, 0 or more");
        }
    }

    private boolean flag(String name) {
        String value = text(name).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSetting(name, value, "true or false");
        };
    }

    private Duration duration(String name) {
        String value = text(name).strip();
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw new InvalidSetting(name, value, "a duration longer than zero, such as PT30M or PT48H");
            }
            return duration;
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidSetting(
                    name, value, "an ISO-8601 duration such as PT30M (30 minutes) or PT48H (48 hours)");
        }
    }
}
