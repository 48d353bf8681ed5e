package fr.ent.sesame.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reads every setting once when the application is deployed, before any other start-up work: a value
 * Sésame cannot use (a duration "banana", a negative limit, an http public address) fails the deployment
 * with a message naming each wrong setting and its value, instead of an error page at the first request.
 * Then logs the effective settings once, secrets masked, so IT sees what this node runs with.
 *
 * <p>Every public reader of {@link Settings} is called, found by reflection: a setting added there is
 * checked without anyone remembering to list it here.
 */
@Singleton
@Startup
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger("sesame.settings");

    @Inject
    Settings settings;

    @Inject
    SettingsInEffect inEffect;

    @PostConstruct
    void check() {
        List<String> wrong = problems();
        if (!wrong.isEmpty()) {
            String message = "Sésame cannot start with these settings (docs/administering.md, Settings): "
                    + String.join("; ", wrong);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> "Settings in effect: " + effective());
    }

    /** What is wrong, one entry per setting reader that refused its value; empty when all is well. */
    List<String> problems() {
        List<String> wrong = new ArrayList<>();
        for (Method reader : readers()) {
            try {
                reader.invoke(settings);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                wrong.add(
                        cause instanceof InvalidSetting
                                ? cause.getMessage()
                                : reader.getName() + ": " + cause.getClass().getSimpleName() + " "
                                        + cause.getMessage());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return wrong.stream().distinct().toList();
    }

    private static List<Method> readers() {
        return Arrays.stream(Settings.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType() != void.class)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    /** Every sesame.* setting as this node sees it, sorted, secrets shown as ****. */
    private String effective() {
        return inEffect.list().stream()
                .map(setting -> setting.name() + "=" + setting.value())
                .collect(Collectors.joining(", "));
    }
}
