package fr.ent.sesame.password;

import fr.ent.sesame.kernel.ServiceBusyException;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The password rules, worded for the page that asks for a new password, with today's numbers. */
@Named("passwordRules")
@RequestScoped
public class PasswordRulesView {

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    Settings settings;

    @Inject
    PasswordStrength strength;

    /** The rules checked only when the form is sent (they need the account). */
    public List<String> getPersonalLines() {
        return List.of(
                Messages.text("password.rule.personal", settings.institutionName()),
                Messages.text("password.rule.history", settings.passwordHistorySize()));
    }

    /** One rule as the live check shows it while the person types. */
    public record LiveRule(String text, boolean met) {}

    /**
     * The rules that can be checked on what is typed so far, each ticked or not; the server checks all
     * of them again (and the personal ones) when the form is sent.
     */
    public List<LiveRule> live(String typed) {
        PasswordPolicy policy = passwordChanges.policy();
        List<PasswordPolicy.Rule> broken = policy.check(
                typed == null ? "" : typed, new PasswordPolicy.Person(null, null, null, settings.institutionName()));
        boolean empty = typed == null || typed.isEmpty();
        return List.of(
                new LiveRule(
                        Messages.text("password.rule.length", policy.minLength(), policy.maxLength()),
                        !empty
                                && !broken.contains(PasswordPolicy.Rule.TOO_SHORT)
                                && !broken.contains(PasswordPolicy.Rule.TOO_LONG)),
                new LiveRule(
                        Messages.text("password.rule.common"), !empty && !broken.contains(PasswordPolicy.Rule.COMMON)),
                new LiveRule(
                        Messages.text(
                                "password.rule.strength", Messages.text("password.strength." + policy.minStrength())),
                        !empty && !broken.contains(PasswordPolicy.Rule.TOO_WEAK)),
                new LiveRule(
                        Messages.text("password.rule.printable"),
                        !empty && !broken.contains(PasswordPolicy.Rule.NOT_PRINTABLE)));
    }

    /**
     * What the live region says after a pause in the typing: how many of the rules are met and the estimate,
     * in one sentence; nothing before anything is typed.
     */
    public String status(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        List<LiveRule> rules = live(typed);
        long met = rules.stream().filter(LiveRule::met).count();
        return Messages.text("password.rules.status", met, rules.size(), strength(typed));
    }

    /** zxcvbn's estimate for what is typed so far, in words; nothing before anything is typed. */
    public String strength(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        return Messages.text(
                "password.strength",
                Messages.text("password.strength." + strength.score(typed, List.of(settings.institutionName()))));
    }

    /**
     * Runs a new-password form's action; a refusal shared by every such form (confirmation differs, a rule
     * broken — one message per rule, naming it — or the server busy) becomes messages and a null outcome.
     */
    public static String attempt(java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (PasswordsDiffer differ) {
            Messages.fieldError("confirmation", "password.differ");
        } catch (PasswordRejected rejected) {
            rejected.broken().forEach(rule -> Messages.fieldError("password", "password.broken." + rule.name()));
        } catch (ServiceBusyException busy) {
            Messages.error("service.busy");
        }
        return null;
    }
}
