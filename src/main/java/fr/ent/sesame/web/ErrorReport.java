package fr.ent.sesame.web;

import fr.ent.sesame.directory.DirectoryUnavailable;
import fr.ent.sesame.kernel.Failures;
import fr.ent.sesame.kernel.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page shows a short reference and nothing else; the log keeps the detail under the same
 * reference, so support can find it when the person reads it out.
 */
@Named
@RequestScoped
public class ErrorReport {

    private static final Logger LOG = Logger.getLogger("sesame.web");

    @Inject
    HttpServletRequest request;

    private String reference;

    @PostConstruct
    void init() {
        reference = Secrets.reference();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        java.util.Optional<DirectoryUnavailable> directoryDown =
                failure == null ? java.util.Optional.empty() : Failures.causeOf(failure, DirectoryUnavailable.class);
        if (directoryDown.isPresent()) {
            // An outage, not a bug: one line each, so a down directory does not bury the log in stack traces.
            Throwable cause = directoryDown.get().getCause();
            LOG.warning(() -> "Error reference " + reference + " on " + uri + ": "
                    + directoryDown.get().getMessage() + (cause == null ? "" : ": " + cause.getMessage()));
        } else if (failure != null) {
            LOG.log(Level.SEVERE, failure, () -> "Error reference " + reference + " on " + uri);
        } else {
            LOG.fine(() -> "Error reference " + reference + ": status " + status + " on " + uri);
        }
    }

    public String getReference() {
        return reference;
    }
}
