package fr.ent.sesame.directory;

import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The password store of the mode the deployment chose ({@code sesame.directory}). */
@ApplicationScoped
public class PasswordStores {

    @Inject
    @Any
    Instance<PasswordStore> stores;

    @Inject
    Settings settings;

    public PasswordStore current() {
        return stores.stream()
                .filter(store -> store.mode() == settings.directoryMode())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no password store for " + settings.directoryMode()));
    }
}
