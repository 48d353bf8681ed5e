package fr.ent.sesame.settings;

/**
 * A setting whose value Sésame cannot use. The message names the setting, the value as found and what
 * was expected, so the deployment's failure (see {@link SettingsCheck}) tells IT what to correct.
 */
public class InvalidSetting extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSetting(String name, String value, String expected) {
        super(name + " is " + (value == null ? "missing" : "'" + value + "'") + "; expected " + expected);
    }
}
