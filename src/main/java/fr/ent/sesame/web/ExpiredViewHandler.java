package fr.ent.sesame.web;

import fr.ent.sesame.kernel.Failures;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * A form posted after its page expired (session timed out, server restarted, back button days later) is
 * not an error: the person is sent back to a fresh copy of the same page with a message, and nothing
 * of the old post is applied. A post without the page's script nonce (a stale copy, or a forged form)
 * is treated the same way.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (failure instanceof ViewExpiredException expired) {
                events.remove();
                sendBackTo(expired.getViewId());
                return;
            }
            // PrimeFaces refuses a post without its page's nonce.
            if (Failures.causedBy(failure, CspException.class)) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                sendBackTo(
                        faces.getViewRoot() != null
                                ? faces.getViewRoot().getViewId()
                                : faces.getExternalContext().getRequestServletPath());
                return;
            }
        }
        getWrapped().handle();
    }

    private void sendBackTo(String viewId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String page = viewId == null ? "/index.xhtml" : viewId;
        try {
            external.redirect(external.getRequestContextPath() + page + "?expired=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
