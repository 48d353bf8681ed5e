package fr.ent.sesame.wildflyconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * wildfly-config/configure.cli and restore.cli as IT runs them, applied offline (embed-server) to the
 * configuration of a freshly provisioned WildFly that has never seen Sésame.
 */
class WildflyConfigScriptsIT {

    private static final Path SERVER = Path.of("target/pristine-server");
    private static final Path CONFIG = SERVER.resolve("standalone/configuration/standalone.xml");
    private static final Path SITE = Path.of("wildfly-config/site.properties.example");
    private static final String EMBED = "embed-server --std-out=discard --server-config=standalone.xml";
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][\\w:.-]*)((?:\\s+[\\w:.-]+=\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("[\\w:.-]+=\"[^\"]*\"");

    /** What configure.cli adds, as it shows in standalone.xml once attributes are in name order. */
    private static final List<String> SESAME_RESOURCES = List.of(
            "jndi-name=\"java:jboss/datasources/SesameDS\"",
            "<outbound-socket-binding name=\"sesame-smtp\">",
            "jndi-name=\"java:jboss/mail/Sesame\" name=\"sesame\">",
            "<application-security-domain integrated-jaspi=\"false\" name=\"sesame\" security-domain=\"ApplicationDomain\"/>",
            "<application-security-domain name=\"sesame\" security-domain=\"ApplicationDomain\"/>",
            "<config-source name=\"sesame\" ordinal=\"250\">",
            "name=\"SESAME_AUDIT\"",
            "<logger category=\"sesame.audit\"",
            "<logger category=\"io.undertow.request\"",
            "<session-cookie http-only=\"true\" secure=\"true\"/>");

    @Test
    void configureTwice_thenRestore_givesBackTheOriginalConfiguration() throws Exception {
        run(List.of(":write-config"));
        String original = configuration();
        SESAME_RESOURCES.forEach(resource -> assertFalse(original.contains(resource), resource));

        runScript("configure.cli");
        String configured = configuration();
        SESAME_RESOURCES.forEach(
                resource -> assertTrue(configured.contains(resource), "configure.cli adds " + resource));
        assertTrue(
                configured.contains("<connection-url>jdbc:postgresql://db.example.org:5432/sesame</connection-url>"),
                "site values come from the properties file");
        assertTrue(
                configured.contains("<property name=\"sesame.institution.name\" value=\"Université de Strasbourg\"/>"),
                "accented site values survive");

        runScript("configure.cli");
        assertEquals(configured, configuration(), "a second run of configure.cli changes nothing");

        runScript("json-logs.cli");
        String json = configuration();
        assertTrue(json.contains("<formatter name=\"SESAME_JSON\">"), json);
        assertTrue(json.contains("<named-formatter name=\"SESAME_JSON\"/>"), json);
        runScript("json-logs.cli");
        assertEquals(json, configuration(), "a second run of json-logs.cli changes nothing");

        runScript("restore.cli");
        assertEquals(
                original, configuration(), "restore.cli removes exactly what configure.cli and json-logs.cli added");
    }

    @Test
    void onAProfileWithoutHealth_configureAddsTheReadinessEndpoint_openToTheBalancer() throws Exception {
        onACopyOfTheConfiguration(() -> {
            // standalone.xml and standalone-ha.xml of a full WildFly have no microprofile-health-smallrye.
            run(List.of(
                    "/subsystem=microprofile-health-smallrye:remove",
                    "/extension=org.wildfly.extension.microprofile.health-smallrye:remove",
                    "/subsystem=health:remove",
                    "/extension=org.wildfly.extension.health:remove"));
            assertFalse(configuration().contains("health"));

            runScript("configure.cli");
            String configured = configuration();
            assertTrue(
                    configured.contains("<extension module=\"org.wildfly.extension.microprofile.health-smallrye\"/>"),
                    configured);
            assertTrue(
                    configured.contains("security-enabled=\"false\" xmlns=\"urn:wildfly:microprofile-health-smallrye:"),
                    configured);
            assertTrue(
                    configured.contains("<subsystem security-enabled=\"false\" xmlns=\"urn:wildfly:health:"),
                    configured);
            runScript("configure.cli");
            assertEquals(configured, configuration(), "a second run of configure.cli changes nothing");
        });
    }

    /** standalone.xml with the attributes of each element in name order: WildFly writes them in no fixed order. */
    private static String configuration() throws IOException {
        Matcher tag = TAG.matcher(Files.readString(CONFIG));
        StringBuilder normalised = new StringBuilder();
        while (tag.find()) {
            List<String> attributes = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                attributes.add(attribute.group());
            }
            Collections.sort(attributes);
            String rebuilt = "<" + tag.group(1) + (attributes.isEmpty() ? "" : " " + String.join(" ", attributes))
                    + tag.group(3) + ">";
            tag.appendReplacement(normalised, Matcher.quoteReplacement(rebuilt));
        }
        tag.appendTail(normalised);
        return normalised.toString();
    }

    @Test
    void theDirectoryScripts_keepTheBindPasswordEncrypted_andRestoreGivesBackTheConfiguration() throws Exception {
        anAddOnScript_keepsItsSecretEncrypted_andItsRestoreRemovesIt(
                "ldap", // docs/ldap.md
                List.of(
                        "<property name=\"sesame.ldap.urls\" value=\"ldaps://ldap1.example.org:636/,ldaps://ldap2.example.org:636/\"/>"),
                "sesame.ldap.bind-password",
                "Mot-De-Passe-Du-Service-42");
    }

    @Test
    void theSingleSignOnScripts_keepTheClientSecretEncrypted_andRestoreGivesBackTheConfiguration() throws Exception {
        anAddOnScript_keepsItsSecretEncrypted_andItsRestoreRemovesIt(
                "oidc", // docs/sso.md
                List.of(
                        "<property name=\"sesame.sign-in\" value=\"oidc\"/>",
                        "<property name=\"sesame.oidc.issuer\" value=\"https://sso.example.org/realms/univ\"/>"),
                "sesame.oidc.client-secret",
                "Secret-Du-Client-Sesame-42");
    }

    /**
     * {@code <name>.cli} puts the site's settings in a config source the console shows, a second run changes
     * nothing, the secret the docs have IT add reaches the file only encrypted, and {@code <name>-restore.cli}
     * removes exactly what was added.
     */
    private void anAddOnScript_keepsItsSecretEncrypted_andItsRestoreRemovesIt(
            String name, List<String> expectedProperties, String secretProperty, String secret) throws Exception {
        runScript("configure.cli");
        runScript("secrets.cli");
        String withKey = configuration();

        runScript(name + ".cli");
        String added = configuration();
        for (String property : expectedProperties) {
            assertTrue(added.contains(property), property + ", from the site's properties, in a config source");
        }
        runScript(name + ".cli");
        assertEquals(added, configuration(), "a second run of " + name + ".cli changes nothing");

        // The two commands the docs give IT, run without parameter resolution as IT runs them.
        String expression = encryptPassword(secret);
        run(List.of("/system-property=" + secretProperty + ":add(value=\"" + expression + "\")"), false);
        String withSecret = Files.readString(CONFIG);
        assertTrue(withSecret.contains("${ENC::sesame:"), "the secret is in the configuration only encrypted");
        assertFalse(withSecret.contains(secret), "never in clear text");

        runScript(name + "-restore.cli");
        assertEquals(
                withKey,
                configuration(),
                name + "-restore.cli removes exactly what " + name + ".cli (and the secret) added");
        runScript("restore.cli");
    }

    @Test
    void passwords_reachTheConfigurationOnlyEncrypted_andWildflyDecryptsThem() throws Exception {
        String password = "Pa\"ss\\wo,rd)} é 42"; // what jboss-cli's syntax could break on
        onACopyOfTheConfiguration(() -> {
            String expression = encryptPassword(password);

            // WildFly decrypts it when the server starts: a system property set to it holds the password.
            String started = run(
                    "embed-server --std-out=discard --admin-only=false --server-config=standalone.xml",
                    List.of(
                            "/system-property=sesame.it.secret:add(value=\"" + expression + "\")",
                            "/core-service=platform-mbean/type=runtime:read-attribute(name=system-properties)",
                            "/system-property=sesame.it.secret:remove"),
                    List.of());
            assertTrue(started.contains("\"sesame.it.secret\" => \"Pa\\\"ss\\\\wo,rd)} é 42\""), started);

            // The site's properties hold the expression ($ doubled), and so does standalone.xml, never the password.
            Path site = Files.createTempFile("site", ".properties");
            Files.writeString(
                    site,
                    Files.readString(SITE, StandardCharsets.ISO_8859_1)
                            .replaceAll(
                                    "(?m)^sesame\\.db\\.password=.*$",
                                    java.util.regex.Matcher.quoteReplacement("sesame.db.password=$" + expression)),
                    StandardCharsets.ISO_8859_1);
            run(
                    EMBED,
                    Files.readAllLines(Path.of("wildfly-config/configure.cli"), StandardCharsets.UTF_8),
                    List.of("--properties=" + site.toAbsolutePath(), "--resolve-parameter-values"));
            String configured = Files.readString(CONFIG);
            assertTrue(configured.contains("password=\"" + expression + "\""), configured);
            assertFalse(configured.contains("wo,rd")
                    || Files.readString(site, StandardCharsets.ISO_8859_1).contains("wo,rd"));
        });
    }

    @Test
    void onAServerWithItsOwnSessionCookieSetting_configureSetsTheFlags_andRestoreGivesBackWhatItHad() throws Exception {
        onACopyOfTheConfiguration(() -> {
            // Another application's setting: a lifetime, HttpOnly off, Secure not set at all.
            run(
                    List.of(
                            "/subsystem=undertow/servlet-container=default/setting=session-cookie:add(max-age=3600, http-only=false)"),
                    false);
            String original = configuration();

            runScript("configure.cli");
            String configured = configuration();
            assertTrue(
                    configured.contains("<session-cookie http-only=\"true\" max-age=\"3600\" secure=\"true\"/>"),
                    "Secure and HttpOnly set, the rest kept: " + configured);
            runScript("configure.cli");
            assertEquals(configured, configuration(), "a second run of configure.cli changes nothing");

            runScript("restore.cli");
            assertEquals(original, configuration(), "restore.cli gives back the setting as it was");
        });
    }

    @Test
    void aSecondRunWithEditedSiteValues_appliesThem_andRestoreGivesBackTheOriginal_onAServerWithItsOwnCookieSetting()
            throws Exception {
        onACopyOfTheConfiguration(() -> {
            run(
                    List.of(
                            "/subsystem=undertow/servlet-container=default/setting=session-cookie:add(max-age=3600, http-only=false)"),
                    false);
            run(
                    List.of(
                            "/subsystem=microprofile-config-smallrye/config-source=sesame-admin:add(ordinal=260, properties={a=b})"),
                    false);
            String original = configuration();
            runScript("configure.cli");
            String first = configuration();
            // An admin's own key in Sésame's config source, set from the console: a re-run keeps it.
            run(
                    List.of(
                            "/subsystem=microprofile-config-smallrye/config-source=sesame:map-put(name=properties, key=sesame.time-zone, value=Europe/Brussels)"),
                    false);

            Path edited = Files.createTempFile("site", ".properties");
            Files.writeString(
                    edited,
                    Files.readString(SITE, StandardCharsets.ISO_8859_1)
                            .replace(
                                    "sesame.db.password=$${ENC::sesame:REPLACE-WITH-THE-OUTPUT-OF-encrypt-password.sh}",
                                    "sesame.db.password=$${ENC::sesame:A-NEW-PASSWORD-AFTER-ROTATION}")
                            .replace(
                                    "sesame.db.url=jdbc:postgresql://db.example.org:5432/sesame",
                                    "sesame.db.url=jdbc:postgresql://db2.example.org:5432/sesame")
                            .replace("sesame.db.pool.max=30", "sesame.db.pool.max=40")
                            .replace("sesame.smtp.host=smtp.example.org", "sesame.smtp.host=relay.example.org")
                            .replace("sesame.smtp.starttls=true", "sesame.smtp.starttls=false")
                            .replace(
                                    "sesame.institution.name=Universit\\u00e9 de Strasbourg",
                                    "sesame.institution.name=Universit\\u00e9 de Lorraine")
                            .replace(
                                    "sesame.mail.from.address=ne-pas-repondre@example.org",
                                    "sesame.mail.from.address=no-reply@example.org")
                            .replace("sesame.cookie.secure=true", "sesame.cookie.secure=false"),
                    StandardCharsets.ISO_8859_1);
            runScriptWith("configure.cli", edited);
            String second = configuration();
            for (String applied : List.of(
                    "password=\"${ENC::sesame:A-NEW-PASSWORD-AFTER-ROTATION}\"",
                    "<connection-url>jdbc:postgresql://db2.example.org:5432/sesame</connection-url>",
                    "<max-pool-size>40</max-pool-size>",
                    "<remote-destination host=\"relay.example.org\" port=\"25\"/>",
                    "<property name=\"sesame.institution.name\" value=\"Université de Lorraine\"/>",
                    "from=\"no-reply@example.org\"",
                    "<property name=\"sesame.mail.from.address\" value=\"no-reply@example.org\"/>",
                    "<session-cookie http-only=\"true\" max-age=\"3600\" secure=\"false\"/>",
                    "<property name=\"sesame.time-zone\" value=\"Europe/Brussels\"/>")) {
                assertTrue(second.contains(applied), applied + " in\n" + second);
            }
            assertFalse(
                    second.contains("REPLACE-WITH")
                            || second.contains("db.example.org")
                            || second.contains("smtp.example.org")
                            || second.contains("Strasbourg")
                            || second.contains("tls=\"true\""),
                    second);
            runScriptWith("configure.cli", edited);
            assertEquals(second, configuration(), "a third run with the same values changes nothing");

            runScript("restore.cli");
            assertEquals(
                    original, configuration(), "restore.cli gives back the server as it was, whatever the values were");
            assertFalse(first.equals(original));
        });
    }

    @Test
    void theDriverScript_addsTheModuleEvenWhereTheDriverIsConfigured_andRunsTwice() throws Exception {
        Path module = SERVER.resolve("modules/org/postgresql");
        Path jar = Path.of(org.postgresql.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path site = Files.createTempFile("site", ".properties");
        Files.writeString(site, "sesame.postgresql.jar=" + jar.toAbsolutePath() + "\n", StandardCharsets.ISO_8859_1);
        onACopyOfTheConfiguration(() -> {
            try {
                runScriptWith("postgresql-driver.cli", site);
                assertTrue(Files.exists(module.resolve("main/module.xml")));
                String configured = configuration();
                assertTrue(configured.contains("<driver module=\"org.postgresql\" name=\"postgresql\">"), configured);
                runScriptWith("postgresql-driver.cli", site);
                assertEquals(configured, configuration(), "a second run changes nothing");

                // A new WildFly given the old standalone.xml: the driver is configured, its module is not there.
                deleteTree(module);
                runScriptWith("postgresql-driver.cli", site);
                assertTrue(Files.exists(module.resolve("main/module.xml")), "the module is installed again");
                assertEquals(configured, configuration());
            } finally {
                deleteTree(module);
            }
        });
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void theReadmesSyslogExample_isAcceptedByWildfly() throws Exception {
        onACopyOfTheConfiguration(() -> {
            List<String> example = Files.readAllLines(Path.of("docs/deploying.md"), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("/subsystem=logging/syslog-handler=")
                            || line.startsWith("/subsystem=logging/logger=sesame.audit:"))
                    .toList();
            assertEquals(2, example.size(), example.toString());
            runScript("configure.cli");
            runScript("json-logs.cli");
            run(example, false);
            String configured = configuration();
            assertTrue(configured.contains("<syslog-handler name=\"SESAME_SYSLOG\">"), configured);
        });
    }

    /** Runs a check that changes the pristine server's configuration, then puts the file back as it was. */
    private static void onACopyOfTheConfiguration(Check check) throws Exception {
        Path saved = Files.createTempFile("standalone", ".xml");
        Files.copy(CONFIG, saved, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            check.run();
        } finally {
            Files.copy(saved, CONFIG, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    /** wildfly-config/encrypt-password.sh, offline on the pristine server, the password on its standard input. */
    private static String encryptPassword(String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of("wildfly-config/encrypt-password.sh").toAbsolutePath().toString(), "--offline");
        builder.environment().put("JBOSS_HOME", SERVER.toAbsolutePath().toString());
        Process script = builder.start();
        try (var input = script.getOutputStream()) {
            input.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String errors = new String(script.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(script.waitFor(3, TimeUnit.MINUTES), "encrypt-password.sh finished");
        assertEquals(0, script.exitValue(), errors);
        assertTrue(output.matches("\\$\\{ENC::sesame:[A-Za-z0-9+/=]+}"), output + errors);
        assertFalse(errors.contains(password), "the password is never echoed");
        return output;
    }

    private static void runScript(String name) throws IOException, InterruptedException {
        run(Files.readAllLines(Path.of("wildfly-config", name), StandardCharsets.UTF_8), true);
    }

    /** A script with another site's properties, as IT runs it after editing site.properties. */
    private static void runScriptWith(String name, Path properties) throws IOException, InterruptedException {
        run(
                EMBED,
                Files.readAllLines(Path.of("wildfly-config", name), StandardCharsets.UTF_8),
                List.of("--properties=" + properties.toAbsolutePath(), "--resolve-parameter-values"));
    }

    private static void run(List<String> commands) throws IOException, InterruptedException {
        run(commands, true);
    }

    /** Runs the commands on the pristine server's configuration and returns what jboss-cli printed. */
    private static String run(List<String> commands, boolean resolveParameters)
            throws IOException, InterruptedException {
        return run(
                EMBED,
                commands,
                resolveParameters
                        ? List.of("--properties=" + SITE.toAbsolutePath(), "--resolve-parameter-values")
                        : List.of());
    }

    private static String run(String embed, List<String> commands, List<String> options)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("sesame-cli", ".cli");
        StringBuilder text = new StringBuilder(embed).append('\n');
        commands.forEach(line -> text.append(line).append('\n'));
        text.append("stop-embedded-server\n");
        Files.writeString(script, text);
        Path log = Files.createTempFile("sesame-cli", ".log");
        List<String> command = new java.util.ArrayList<>(
                List.of(SERVER.resolve("bin/jboss-cli.sh").toString(), "--file=" + script));
        command.addAll(options);
        ProcessBuilder cli =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        cli.environment().put("JAVA_OPTS", "-Dfile.encoding=UTF-8"); // the script and its output are UTF-8
        Process started = cli.start();
        assertTrue(started.waitFor(3, TimeUnit.MINUTES), "jboss-cli finished");
        assertEquals(0, started.exitValue(), () -> "jboss-cli failed:\n" + read(log));
        return read(log);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
