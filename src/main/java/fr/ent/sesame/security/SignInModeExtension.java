package fr.ent.sesame.security;

import fr.ent.sesame.settings.InvalidSetting;
import fr.ent.sesame.settings.SignInMode;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the one sign-in mechanism sesame.sign-in chooses: Jakarta Security 3 allows a single
 * authentication mechanism per application, so the other one must not become a bean at all. Read when the
 * application is deployed: a change counts from the next deployment or server start. A value that is
 * neither form nor oidc keeps the form here; the settings check then stops the deployment and names it.
 */
public class SignInModeExtension implements Extension {

    private static final Logger LOG = Logger.getLogger("sesame.security");

    private SignInMode mode;

    <T> void keepTheChosenMechanism(@Observes ProcessAnnotatedType<T> type) {
        Class<T> bean = type.getAnnotatedType().getJavaClass();
        if (bean == SignInMechanism.class && mode() != SignInMode.FORM
                || bean == SingleSignOnMechanism.class && mode() != SignInMode.OIDC) {
            type.veto();
        }
    }

    private SignInMode mode() {
        if (mode == null) {
            String value = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader())
                    .getOptionalValue("sesame.sign-in", String.class)
                    .orElse("form");
            try {
                mode = SignInMode.of(value);
            } catch (InvalidSetting e) {
                mode = SignInMode.FORM;
            }
            LOG.info(() ->
                    "Sign-in: " + (mode == SignInMode.OIDC ? "single sign-on (OpenID Connect)" : "Sésame's form"));
        }
        return mode;
    }
}
