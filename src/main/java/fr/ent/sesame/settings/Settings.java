package fr.ent.sesame.settings;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * Every setting of Sésame, read through MicroProfile Config at each call, so a system property set
 * by an admin takes effect on the next request. The defaults are in
 * {@code META-INF/microprofile-config.properties} and nowhere else; the README lists them.
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

    /** The address people reach Sésame at; every link in a mail is built from it, never from the request. */
    public String publicUrl() {
        String url = text("sesame.public-url");
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
            throw new IllegalArgumentException("sesame.accessibility.status is '" + status + "'; expected none, partial or full");
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

    public String mailFromName() {
        return text("sesame.mail.from.name");
    }

    public String mailFromAddress() {
        return text("sesame.mail.from.address");
    }

    /** The zone dates are shown in; every stored time is UTC. */
    public java.time.ZoneId timeZone() {
        return java.time.ZoneId.of(text("sesame.time-zone"));
    }

    /** False where the site's DBA runs the migrations: the deployment then only checks none is pending. */
    public boolean migrateAtStartup() {
        return config.getValue("sesame.database.migrate-at-startup", Boolean.class);
    }

    public boolean demoEnabled() {
        return config.getValue("sesame.demo.enabled", Boolean.class);
    }

    // ---- Directory: where people and passwords live --------------------------------------------------

    public DirectoryMode directoryMode() {
        return DirectoryMode.of(text("sesame.directory"));
    }

    public LdapSettings ldap() {
        return new LdapSettings(
                java.util.Arrays.stream(text("sesame.ldap.urls").split("[,\\s]+")).filter(u -> !u.isBlank()).toList(),
                config.getValue("sesame.ldap.start-tls", Boolean.class),
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
        String words = text("sesame.password.context-words");
        return "none".equals(words) ? java.util.List.of()
                : java.util.Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    public java.util.Optional<java.nio.file.Path> passwordBlocklistFile() {
        return optionalPath("sesame.password.blocklist-file");
    }

    public int passwordMaxLength() {
        return number("sesame.password.max-length");
    }


    public int identifierMaxLength() {
        return number("sesame.identifier.max-length");
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





    // ---- Secret questions and Réinitialiser son mot de passe -----------------------------------------

    public java.util.List<String> questionIds() {
        return java.util.List.of(config.getValue("sesame.questions", String[].class));
    }

    public boolean questionProcedureEnabled() {
        return config.getValue("sesame.reset.question.enabled", Boolean.class);
    }

    public boolean emailProcedureEnabled() {
        return config.getValue("sesame.reset.email.enabled", Boolean.class);
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
        return "none".equals(pattern) ? java.util.Optional.empty() : java.util.Optional.of(pattern);
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
        return config.getValue("sesame.recovery.enabled", Boolean.class);
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
        return config.getValue("sesame.activation.enabled", Boolean.class);
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
    public fr.ent.sesame.database.Housekeeping.Retention retention() {
        return new fr.ent.sesame.database.Housekeeping.Retention(duration("sesame.housekeeping.keep-tokens"),
                duration("sesame.housekeeping.keep-counters"), duration("sesame.housekeeping.keep-mails"));
    }

    // ---- Mail -------------------------------------------------------------------------------------

    public java.util.Optional<java.nio.file.Path> mailTemplatesDirectory() {
        return optionalPath("sesame.mail.templates-dir");
    }

    public int mailMaxAttempts() {
        return number("sesame.mail.max-attempts");
    }

    private java.util.Optional<java.nio.file.Path> optionalPath(String name) {
        String value = text(name);
        return "none".equals(value) ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(value));
    }

    private String text(String name) {
        return config.getValue(name, String.class);
    }

    private int number(String name) {
        return config.getValue(name, Integer.class);
    }

    private Duration duration(String name) {
        return Duration.parse(config.getValue(name, String.class));
    }
}
