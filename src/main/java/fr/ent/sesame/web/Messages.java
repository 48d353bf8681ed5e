package fr.ent.sesame.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts a message from the {@code messages} bundle, in the person's language, on the current page.
 *
 * <p>A message about one field ({@link #fieldError}) is tied to it: the error summary links to the field, and
 * the field is marked invalid and described by the message ({@link FormMessages}). A message key may have a
 * companion {@code <key>.hints}: what the person can check or do, one line each, shown under the message
 * rather than run into one paragraph with it.
 */
public final class Messages {

    private Messages() {}

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * An error about the field {@code fieldId} (its id in the submitted form, as in the view). If the form has
     * no such field the message is still shown, for the whole form.
     */
    public static void fieldError(String fieldId, String key, Object... arguments) {
        add(fieldId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return format(bundle, bundle.getString(key), arguments);
    }

    private static String format(ResourceBundle bundle, String pattern, Object... arguments) {
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    private static void add(String fieldId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        List<String> hints = new ArrayList<>();
        try {
            for (String line : bundle.getString(key + ".hints").split("\n")) {
                hints.add(format(bundle, line, arguments));
            }
        } catch (MissingResourceException none) {
            // most messages are one sentence
        }
        faces.addMessage(
                fieldId == null ? null : clientIdOf(faces, fieldId),
                new HintedMessage(severity, format(bundle, bundle.getString(key), arguments), hints));
    }

    private static String clientIdOf(FacesContext faces, String fieldId) {
        UIComponent form = submittedForm(faces.getViewRoot());
        UIComponent field = form == null ? null : form.findComponent(fieldId);
        return field == null ? null : field.getClientId(faces);
    }

    private static UIComponent submittedForm(UIComponent component) {
        if (component instanceof UIForm form && form.isSubmitted()) {
            return form;
        }
        for (UIComponent child : component.getChildren()) {
            UIComponent found = submittedForm(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A message and the lines of advice that follow it. */
    public static final class HintedMessage extends FacesMessage {

        private static final long serialVersionUID = 1L;

        private final List<String> hints;

        HintedMessage(Severity severity, String summary, List<String> hints) {
            super(severity, summary, summary);
            this.hints = List.copyOf(hints);
        }

        public List<String> hints() {
            return hints;
        }
    }
}
