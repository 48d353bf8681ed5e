package fr.ent.sesame.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as IT deploys it: tests never assemble a different one. */
public final class SesameDeployment {

    private SesameDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("sesame.it.war", "target/sesame.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** Where the deployed application answers (the test server runs with a port offset). */
    public static String baseUrl() {
        return System.getProperty("sesame.it.baseUrl", "http://localhost:8280/sesame");
    }
}
