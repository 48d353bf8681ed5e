package fr.ent.sesame.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the session travels to the other nodes: every session-, view- or conversation-scoped bean must
 * be Serializable, and so must every field it keeps (injected proxies excepted: the container serialises those).
 */
class SessionStateSerializableTest {

    @Test
    void everyBeanKeptInTheSession_canTravelToAnotherNode() throws Exception {
        List<Class<?>> sessionBeans = scopedBeans();
        assertFalse(sessionBeans.isEmpty(), "the scan found no session-scoped bean: is it looking at target/classes?");

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : sessionBeans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                boolean kept = !Modifier.isStatic(modifiers)
                        && !Modifier.isTransient(modifiers)
                        && !field.isAnnotationPresent(Inject.class);
                if (kept && !field.getType().isPrimitive() && !Serializable.class.isAssignableFrom(field.getType())) {
                    problems.add(bean.getName() + "." + field.getName() + " ("
                            + field.getType().getName() + ") is not Serializable");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ViewScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
