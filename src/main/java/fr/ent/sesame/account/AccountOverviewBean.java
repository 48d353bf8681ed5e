package fr.ent.sesame.account;

import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.LanguageBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

@Named
@RequestScoped
public class AccountOverviewBean {

    @Inject
    AccountOverview overview;

    @Inject
    SecurityContext securityContext;

    @Inject
    LanguageBean language;

    @Inject
    Settings settings;

    private AccountSummary account;

    @PostConstruct
    void load() {
        account = overview.of(securityContext.getCallerPrincipal().getName());
    }

    public AccountSummary getAccount() {
        return account;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .withZone(settings.timeZone())
                .format(instant);
    }
}
