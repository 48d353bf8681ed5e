package fr.ent.sesame.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.faces.view.ViewDeclarationLanguage;
import java.io.IOException;
import java.util.Set;

/**
 * A page read by someone without a session (an anonymous visitor, a crawler, a monitoring probe) is
 * rendered stateless: Faces keeps no view state, so no HTTP session is opened, kept for half an hour and
 * replicated across the cluster for each of them. The session starts at the first form sent, if that form
 * needs one. The forms of such pages are protected by {@link FormTokens} instead of the view state.
 */
public class AnonymousViews extends ViewHandlerWrapper {

    /** The view state a stateless page's form sends back. */
    static final String STATELESS = "stateless";

    /**
     * Pages whose own form needs what the page was opened with (the reset link's token, kept by a view-scoped
     * bean): a session is opened for them, as before. Reached from a mail, never by a crawler's round.
     */
    private static final Set<String> KEEP_STATE = Set.of("/assistance/lien.xhtml");

    public AnonymousViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (context.getExternalContext().getSession(false) == null && !KEEP_STATE.contains(viewId)) {
            view.setTransient(true);
        }
        return view;
    }

    /**
     * A stateless form sent back is rebuilt the way it was rendered, stateless, even when a session was
     * opened meanwhile (in another tab, say): Faces itself would refuse to restore it then.
     */
    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        String posted =
                context.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
        if (!STATELESS.equals(posted)) {
            return super.restoreView(context, viewId);
        }
        ViewDeclarationLanguage views = getViewDeclarationLanguage(context, viewId);
        UIViewRoot view = views.createView(context, viewId);
        view.setTransient(true);
        context.setViewRoot(view);
        try {
            views.buildView(context, view);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        labelInputs(view);
        return view;
    }

    /**
     * A validation message names its field by the field's label, which a label component hands to its
     * field only while rendering. A rebuilt stateless form has not been rendered yet: hand them over now.
     */
    private static void labelInputs(UIComponent component) {
        if (component instanceof HtmlOutputLabel label && label.getFor() != null) {
            UIComponent field = label.findComponent(label.getFor());
            if (field instanceof UIInput && !field.getAttributes().containsKey("label") && label.getValue() != null) {
                field.getAttributes().put("label", label.getValue());
            }
        }
        component.getChildren().forEach(AnonymousViews::labelInputs);
    }
}
