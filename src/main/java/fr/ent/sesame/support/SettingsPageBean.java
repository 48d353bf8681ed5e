package fr.ent.sesame.support;

import fr.ent.sesame.settings.SettingsInEffect;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The support desk's read-only view of the settings this node runs with (secrets masked). */
@Named
@RequestScoped
public class SettingsPageBean {

    @Inject
    SettingsInEffect inEffect;

    private List<SettingsInEffect.Setting> settings;

    public List<SettingsInEffect.Setting> getSettings() {
        if (settings == null) {
            settings = inEffect.list();
        }
        return settings;
    }

    /** The node answering, since each node of a cluster reads its own settings. */
    public String getNode() {
        return System.getProperty("jboss.node.name", "local");
    }
}
