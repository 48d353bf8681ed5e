package fr.ent.sesame.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the Faces page {@code /connexion.xhtml}. A protected page asked for anonymously sends
 * the person there (a redirect, so the address bar shows the login page), then back to the page asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/connexion.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SignInMechanism {}
