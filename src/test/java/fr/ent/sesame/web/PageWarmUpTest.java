package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PageWarmUpTest {

    private static Properties system(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void aServerStartedWithoutOptions_isReachedWhereStandaloneXmlListens() {
        assertEquals(URI.create("http://127.0.0.1:8080"), PageWarmUp.ownAddress(system()));
    }

    @Test
    void thePortOffsetAndTheHttpPort_addUp() {
        assertEquals(
                URI.create("http://127.0.0.1:8180"),
                PageWarmUp.ownAddress(system("jboss.socket.binding.port-offset", "100")));
        assertEquals(
                URI.create("http://127.0.0.1:9100"),
                PageWarmUp.ownAddress(system("jboss.http.port", "9000", "jboss.socket.binding.port-offset", "100")));
    }

    @Test
    void aNodeListeningEverywhere_isReachedOnTheLoopback_andOneBoundToAnAddress_thereAlone() {
        assertEquals(
                URI.create("http://127.0.0.1:8080"), PageWarmUp.ownAddress(system("jboss.bind.address", "0.0.0.0")));
        assertEquals(URI.create("http://127.0.0.1:8080"), PageWarmUp.ownAddress(system("jboss.bind.address", "::")));
        assertEquals(
                URI.create("http://10.1.2.3:8080"), PageWarmUp.ownAddress(system("jboss.bind.address", "10.1.2.3")));
        assertEquals(
                URI.create("http://[fd00::5]:8080"), PageWarmUp.ownAddress(system("jboss.bind.address", "fd00::5")));
    }

    @Test
    void aPortThatIsNotANumber_fallsBackToStandaloneXmlsDefault() {
        assertEquals(URI.create("http://127.0.0.1:8080"), PageWarmUp.ownAddress(system("jboss.http.port", "eighty")));
    }
}
