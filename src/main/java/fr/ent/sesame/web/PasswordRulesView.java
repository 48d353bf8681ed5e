package fr.ent.sesame.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.ent.sesame.password.PasswordChanges;
import fr.ent.sesame.password.PasswordPolicy;
import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.password.PasswordRejected;
import fr.ent.sesame.password.PasswordsDiffer;
import fr.ent.sesame.settings.Settings;

/** The password rules, worded for the page that asks for a new password, with today's numbers. */
@Named("passwordRules")
@RequestScoped
public class PasswordRulesView {

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    Settings settings;

    public List<String> getLines() {
        PasswordPolicy policy = passwordChanges.policy();
        return List.of(
                Messages.text("password.rule.length", policy.minLength(), policy.maxLength()),
                Messages.text("password.rule.common"),
                Messages.text("password.rule.personal", settings.institutionName()),
                Messages.text("password.rule.history", settings.passwordHistorySize()));
    }

    /**
     * Runs a new-password form's action; a refusal shared by every such form (confirmation differs, a rule
     * broken — one message per rule, naming it — or the server busy) becomes messages and a null outcome.
     */
    public static String attempt(java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (PasswordsDiffer differ) {
            Messages.error("password.differ");
        } catch (PasswordRejected rejected) {
            rejected.broken().forEach(rule -> Messages.error("password.broken." + rule.name()));
        } catch (ServiceBusyException busy) {
            Messages.error("service.busy");
        }
        return null;
    }
}
