package fr.ent.sesame.web;

import jakarta.el.ValueExpression;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page's messages as its error summary shows them (RGAA 11.10–11.11): the messages for the whole form
 * first, then each field's in page order, each with an id. A message about a field links to it, and the field
 * is marked {@code aria-invalid} and described by its own messages ({@link Fields}), whether a Faces validator
 * or a business rule (wrong answer, broken password rule) refused it.
 */
@Named("formMessages")
@RequestScoped
public class FormMessages {

    /** One message: {@code field} is the client id of the field it is about, or null for the whole form. */
    public record Entry(String id, String field, String text, List<String> hints) {}

    private List<Entry> errors;
    private List<Entry> notices;
    private boolean drawing;

    public List<Entry> getErrors() {
        collect();
        return errors;
    }

    public List<Entry> getNotices() {
        collect();
        return notices;
    }

    /**
     * For a view that describes a group itself (a fieldset around radio buttons): the ids of the messages
     * about this field, or null, so that the attribute is left out when there is none.
     */
    public String describing(UIComponent field) {
        String ids = field == null ? "" : idsFor(field.getClientId(FacesContext.getCurrentInstance()));
        return ids.isEmpty() ? null : ids;
    }

    /** The ids of the messages about this field, space-separated, or "" when there is none. */
    String idsFor(String clientId) {
        collect();
        return errors.stream()
                .filter(entry -> clientId.equals(entry.field()))
                .map(Entry::id)
                .collect(Collectors.joining(" "));
    }

    /**
     * Gathers the messages once the page is being drawn, when no more come; before that (the {@code rendered}
     * test of the summary runs while the form is read, too) it gathers them afresh at each call.
     */
    private void collect() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (errors != null && drawing) {
            return;
        }
        drawing = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        List<Entry> forForm = new ArrayList<>();
        List<Entry> forFields = new ArrayList<>();
        notices = new ArrayList<>();
        int number = 0;
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            for (FacesMessage message : faces.getMessageList(clientId)) {
                List<String> hints = message instanceof Messages.HintedMessage hinted ? hinted.hints() : List.of();
                boolean error = message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
                Entry entry = new Entry("message-" + ++number, error ? clientId : null, message.getSummary(), hints);
                (error ? (clientId == null ? forForm : forFields) : notices).add(entry);
            }
        }
        forForm.addAll(forFields);
        errors = forForm;
    }

    /**
     * Before a page is drawn, marks each field that has a message: invalid (so its renderer draws it so and
     * says {@code aria-invalid}) and described by its messages as well as by what the view says describes
     * it. The view's own description is kept aside the first time, so that a page drawn again without the
     * error (a signed-in page keeps its components) loses the reference to a message no longer there.
     */
    public static class Fields implements SystemEventListener {

        static final String VIEW_DESCRIBED_BY = "fr.ent.sesame.viewDescribedBy";

        private static final String RADIO = "jakarta.faces.Radio";

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }

        @Override
        public void processEvent(SystemEvent event) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (!faces.getMessages().hasNext() && faces.getViewRoot().isTransient()) {
                return; // nothing to mark, and nothing marked before
            }
            FormMessages messages = CDI.current().select(FormMessages.class).get();
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, target) -> {
                if (target instanceof UIInput input) {
                    String ids = messages.idsFor(input.getClientId(faces));
                    if (RADIO.equals(input.getRendererType())) {
                        // Its attributes would go on every radio and label: the view describes the group.
                        if (!ids.isEmpty()) {
                            input.setValid(false);
                        }
                    } else {
                        mark(faces, input, ids);
                    }
                }
                return VisitResult.ACCEPT;
            });
        }

        private static void mark(FacesContext faces, UIInput input, String messageIds) {
            Map<String, Object> passThrough = input.getPassThroughAttributes();
            Object viewOwn = input.getAttributes().get(VIEW_DESCRIBED_BY);
            if (viewOwn == null) {
                viewOwn = passThrough.getOrDefault("aria-describedby", "");
                input.getAttributes().put(VIEW_DESCRIBED_BY, viewOwn);
            }
            if (messageIds.isEmpty()) {
                restore(passThrough, viewOwn);
                passThrough.remove("aria-invalid");
                return;
            }
            if (input.isValid() && input.getSubmittedValue() == null && input.getValue() instanceof String typed) {
                // Refused by a business rule after the model took it: an invalid field shows what was
                // submitted, so give it back what the person typed rather than an empty field.
                input.setSubmittedValue(typed);
            }
            input.setValid(false);
            passThrough.put("aria-invalid", "true");
            if (viewOwn instanceof ValueExpression expression) {
                passThrough.put(
                        "aria-describedby",
                        faces.getApplication()
                                .getExpressionFactory()
                                .createValueExpression(
                                        faces.getELContext(),
                                        expression.getExpressionString() + " " + messageIds,
                                        String.class));
            } else {
                passThrough.put("aria-describedby", (viewOwn + " " + messageIds).strip());
            }
        }

        private static void restore(Map<String, Object> passThrough, Object viewOwn) {
            if ("".equals(viewOwn)) {
                passThrough.remove("aria-describedby");
            } else {
                passThrough.put("aria-describedby", viewOwn);
            }
        }
    }
}
