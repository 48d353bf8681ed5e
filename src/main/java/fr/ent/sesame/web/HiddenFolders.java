package fr.ent.sesame.web;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.util.Locale;

/**
 * {@code /WEB-INF/…} and {@code /META-INF/…} are never served. Undertow answers them itself with its bare
 * "404 - Not Found", before any filter or error page, so the answer lacked the security headers and the
 * frame. Asked for, they are now taken as an address that names nothing, which gets Sésame's own "page
 * not found" like any other.
 */
public class HiddenFolders implements ServletExtension {

    static final String NOTHING_HERE = "/erreurs/absente";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            String path = exchange.getRelativePath().toUpperCase(Locale.ROOT);
            if (path.startsWith("/WEB-INF") || path.startsWith("/META-INF")) {
                exchange.setRelativePath(NOTHING_HERE);
                exchange.setRequestPath(exchange.getResolvedPath() + NOTHING_HERE);
                exchange.setRequestURI(exchange.getResolvedPath() + NOTHING_HERE);
            }
            next.handleRequest(exchange);
        });
    }
}
